/** Russian (русский). Machine-assisted translation: needs review by a native speaker before use. */
import type { ClientMailKey } from "./keys.ts";

export const ru: Record<ClientMailKey, string> = {
  "mail.greetingPlain": "Здравствуйте!",
  "mail.greeting": "Здравствуйте, {name}!",
  "mail.signature": "С уважением\n{organisation}",
  "mail.linkFallback": "Если кнопка не работает, откройте этот адрес:",
  "mail.footer.phone": "Тел.",
  "mail.footer.canReply": "Вы можете ответить на это письмо, и мы его получим.",
  "mail.footer.noReply":
    "На это письмо нельзя ответить. Пожалуйста, свяжитесь с нами по контактам, указанным выше.",
  "mail.footer.noReplyPlain": "На это письмо нельзя ответить.",
  "mail.action.offer": "Посмотреть детали и ответить",
  "mail.action.visit": "Открыть страницу визита",
  "mail.action.cancel": "Сообщить, что визит отменён",
  "mail.action.cantCome": "Сообщить, что вы не можете прийти",
  "mail.action.report": "Рассказать, как всё прошло",
  "mail.action.signIn": "Войти",
  "mail.action.profile": "Открыть свои данные",
  "mail.action.workspace": "Открыть Rinnalla",
  "mail.action.monthlyReport": "Открыть отчёт за месяц",
  "mail.action.request": "Открыть запрос",
  "mail.requestReceived.subject": "Мы получили ваш запрос ({reference})",
  "mail.requestReceived.body": "Спасибо за ваш запрос. Мы получили его под номером {reference}.",
  "mail.requestReceived.when": "Время визита: {when}",
  "mail.requestReceived.next":
    "Координатор подберёт для вас подходящего сопровождающего и сообщит, когда он будет найден. Если что-то изменится, пожалуйста, назовите номер запроса.",
  "mail.cancelled.subject": "Запрос {reference} отменён",
  "mail.cancelled.body": "Запрос на сопровождающего {reference} ({when}) отменён.",
  "mail.cancelled.next":
    "Если вам понадобится поддержка позже, вы можете в любое время отправить новый запрос. Мы рядом.",
  "mail.noVolunteer.subject": "Нам не удалось найти сопровождающего ({reference})",
  "mail.noVolunteer.body":
    "К сожалению, нам не удалось найти сопровождающего на визит {when} (запрос {reference}).",
  "mail.noVolunteer.next":
    "Нам очень жаль. Вы можете в любое время отправить новый запрос на другой визит.",
  "mail.found.subject": "Сопровождающий найден ({reference})",
  "mail.found.body":
    "Хорошая новость: сопровождающий {firstName} пойдёт с вами на визит. Вы не одни.",
  "mail.found.when": "Время: {when}",
  "mail.found.where": "Место встречи: {place}",
  "mail.found.firstMeeting":
    "Перед визитом вы встретитесь один раз, чтобы познакомиться: {when}, {place}",
  "mail.found.cancel":
    "Если визит отменён, сообщите нам по этой ссылке, и мы передадим это сопровождающему.",
  "mail.clientReminder.subject": "Напоминание: визит завтра ({reference})",
  "mail.clientReminder.body":
    "Завтра с вами пойдёт сопровождающий {firstName}. Время: {when}. Место встречи: {place}.",
  "mail.action.training": "Ответить на приглашение",
  "mail.action.feedback": "Оставить отзыв",
  "mail.action.gathering": "Ответить на приглашение",
  "mail.survey.action": "Пройти опрос",
  "mail.survey.anonymous":
    "Это займёт меньше минуты. Никто не видит, кто ответил, и это не влияет на услугу.",
  "mail.survey.stop":
    "Если вы больше не хотите получать опросы, можете сообщить об этом на странице опроса.",
  "mail.survey.before":
    "Не могли бы вы ответить на три вопроса перед визитом? После визита мы спросим то же самое, чтобы понять, помогла ли поддержка.",
  "mail.survey.before.action": "Ответить перед визитом",
  "mail.survey.clientAfter.subject": "Как прошёл визит?",
  "mail.survey.clientAfter.body":
    "Спасибо, что воспользовались услугой сопровождающего. Расскажете, как прошёл визит?",
  "mail.survey.professionalAfter.subject": "Отзыв о работе с сопровождающим ({reference})",
  "mail.survey.professionalAfter.body":
    "Вы запрашивали сопровождающего для своего клиента. Расскажете, как прошло сотрудничество и помог ли сопровождающий в вашей работе?",
  "mail.survey.volunteerRound.subject": "Как вам быть сопровождающим?",
  "mail.survey.volunteerRound.body":
    "Два раза в год мы спрашиваем, каково вам быть сопровождающим и что могло бы вам помочь. Четыре вопроса.",
  "mail.survey.partnerRound.subject": "Как работает наше сотрудничество?",
  "mail.survey.partnerRound.body":
    "Два раза в год мы спрашиваем наших партнёров, как работает сотрудничество со службой сопровождающих.",
};
