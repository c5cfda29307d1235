/** Russian (русский). Machine-assisted translation: needs review by a native speaker before use. */
import type { ClientLinkKey } from "./keys.ts";

export const ru: Record<ClientLinkKey, string> = {
  "links.working": "Отправка…",
  "links.invalid.title": "Эта ссылка не работает",
  "links.invalid.body":
    "Эта ссылка недействительна. Проверьте, открыли ли вы ссылку из письма полностью. Вы также можете обратиться к координатору.",
  "links.expired.title": "Срок действия ссылки истёк",
  "links.expired.body":
    "Эта ссылка больше не действует. Если вопрос ещё не решён, обратитесь к координатору.",
  "links.noToken":
    "На этой странице не хватает кода из ссылки. Откройте ссылку из письма ещё раз, чтобы она открылась полностью.",
  "links.visit.title": "Визит",
  "links.visit.who": "С кем",
  "links.visit.what": "О чём идёт речь",
  "links.visit.where": "Где",
  "links.visit.when": "Когда",
  "links.visit.whenValue": "{date} в {time}",
  "links.visit.duration": "Продолжительность",
  "links.visit.languages": "Языки клиента",
  "links.role.title": "Помните о роли сопровождающего",
  "links.role.body":
    "Вы рядом с клиентом, поддерживаете его и помогаете в разговоре. Вы не личный ассистент: вы не осуществляете уход и не оказываете физической помощи.",
  "links.result.accepted.title": "Спасибо – визит ваш",
  "links.result.accepted.body":
    "Мы сообщим клиенту, что сопровождающий найден. Вы получите подтверждение по электронной почте с событием для календаря.",
  "links.result.alreadyAccepted.title": "Визит ваш",
  "links.result.alreadyAccepted.body": "Вот детали визита. Спасибо, что идёте с клиентом!",
  "links.result.covered.title": "Сопровождающий уже есть – спасибо",
  "links.result.covered.body":
    "Другой сопровождающий ответил первым. Вам ничего не нужно делать. Спасибо, что готовы помочь!",
  "links.result.declined.title": "Спасибо за ответ",
  "links.result.declined.body":
    "Вы сообщили, что не можете прийти. Координатор найдёт другого сопровождающего. Больше ничего делать не нужно.",
  "links.result.alreadyDeclined.title": "Вы уже сообщили, что не можете прийти",
  "links.result.alreadyDeclined.body":
    "Ваш ответ сохранён. Если ваши обстоятельства изменились, обратитесь к координатору.",
  "links.result.withdrawn.title": "Это предложение отозвано",
  "links.result.withdrawn.body": "Координатор отозвал это предложение. Вам ничего не нужно делать.",
  "links.result.expired.title": "Время для ответа истекло",
  "links.result.expired.body":
    "На это предложение больше нельзя ответить. Если вы всё ещё хотите помочь, обратитесь к координатору.",
  "links.details.title": "Детали визита",
  "links.details.private":
    "Эти данные конфиденциальны. Не передавайте их другим и не храните их где-либо ещё.",
  "links.details.client": "Клиент",
  "links.details.clientPhone": "Телефон клиента",
  "links.details.clientEmail": "Электронная почта клиента",
  "links.details.requester": "Кто отправил запрос",
  "links.details.requesterPhone": "Телефон отправителя запроса",
  "links.details.requesterEmail": "Электронная почта отправителя запроса",
  "links.details.organisation": "Организация",
  "links.details.description": "О чём идёт речь",
  "links.details.supportNeeds": "Что стоит знать сопровождающему",
  "links.details.firstMeeting": "Первая встреча",
  "links.details.firstMeetingValue": "{date} в {time}, {place}",
  "links.short.title": "Открываем ссылку…",
  "links.short.go": "Нажмите здесь, если страница не открывается",
  "links.cancel.title": "Отменить визит",
  "links.cancel.intro":
    "На этой странице вы можете отменить визит. Само открытие страницы ничего не отменяет.",
  "links.cancel.reference": "Номер запроса",
  "links.cancel.when": "Когда",
  "links.cancel.volunteer": "Сопровождающий",
  "links.cancel.reason": "Хотите рассказать, почему?",
  "links.cancel.reason.hint": "Это поле можно оставить пустым.",
  "links.cancel.button": "Отменить визит",
  "links.cancel.done.title": "Визит отменён",
  "links.cancel.done.volunteer":
    "Мы сообщили сопровождающему. Если вам понадобится поддержка позже, вы можете отправить новый запрос.",
  "links.cancel.done.noVolunteer":
    "Спасибо, что сообщили. Если вам понадобится поддержка позже, вы можете отправить новый запрос.",
  "links.cancel.already.title": "Визит уже отменён",
  "links.cancel.already.body": "Вам ничего не нужно делать.",
  "links.cancel.closed.title": "Визит больше нельзя отменить",
  "links.cancel.closed.body":
    "Этот запрос уже завершён. Если у вас есть вопросы, обратитесь к координатору.",
  "links.newRequest": "Отправить новый запрос",
  "links.survey.title": "Короткий опрос",
  "links.survey.intro": "Опрос анонимный и занимает меньше минуты.",
  "links.survey.optional": "Все вопросы необязательны. Отвечайте на те, на которые хотите.",
  "links.survey.closes": "Пожалуйста, ответьте до {when}.",
  "links.survey.once": "Ответить можно только один раз.",
  "links.survey.yes": "Да",
  "links.survey.no": "Нет",
  "links.survey.unsure": "Не знаю",
  "links.survey.text.hint":
    "Пожалуйста, не пишите имён и ничего другого, по чему можно узнать вас или кого-то другого.",
  "links.survey.send": "Отправить ответы",
  "links.survey.nothing": "Перед отправкой ответьте хотя бы на один вопрос.",
  "links.survey.sent.title": "Спасибо за ответ!",
  "links.survey.sent.body": "Ваш ответ сохранён анонимно. Можете закрыть эту страницу.",
  "links.survey.used.title": "Эта ссылка уже использована",
  "links.survey.used.body":
    "По этой ссылке можно ответить только один раз. Если вы ещё не отвечали, проверьте, открыли ли вы ссылку из письма полностью.",
  "links.survey.closed.title": "Опрос завершён",
  "links.survey.closed.body": "На этот опрос больше нельзя ответить. Спасибо за интерес!",
  "links.survey.stop.title": "Больше не хотите получать опросы?",
  "links.survey.stop.body":
    "Вы можете остановить отправку опросов на этот адрес электронной почты. На этот опрос вы ещё можете ответить.",
  "links.survey.stop.button": "Больше не присылать опросы",
  "links.survey.stop.confirm.title": "Остановить опросы?",
  "links.survey.stop.confirm.body": "Мы больше не будем присылать опросы на этот адрес.",
  "links.survey.stop.confirm": "Да, остановить опросы",
  "links.survey.stopped": "Вы больше не будете получать опросы.",
};
