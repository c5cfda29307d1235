/** Ukrainian (українська). Machine-assisted translation: needs review by a native speaker before use. */
import type { ClientLinkKey } from "./keys.ts";

export const uk: Record<ClientLinkKey, string> = {
  "links.working": "Надсилання…",
  "links.invalid.title": "Це посилання не працює",
  "links.invalid.body":
    "Це посилання недійсне. Перевірте, чи ви відкрили все посилання з листа. Ви також можете звернутися до координатора.",
  "links.expired.title": "Строк дії посилання закінчився",
  "links.expired.body":
    "Це посилання більше не дійсне. Якщо справа ще не вирішена, зверніться до координатора.",
  "links.noToken":
    "На цій сторінці бракує коду з посилання. Відкрийте посилання з листа ще раз, щоб воно відкрилося повністю.",
  "links.visit.title": "Візит",
  "links.visit.who": "З ким",
  "links.visit.what": "Про що йдеться",
  "links.visit.where": "Де",
  "links.visit.when": "Коли",
  "links.visit.whenValue": "{date} о {time}",
  "links.visit.duration": "Тривалість",
  "links.visit.languages": "Мови клієнта",
  "links.role.title": "Пам’ятайте про роль супровідника",
  "links.role.body":
    "Ви поруч із клієнтом, підтримуєте його і допомагаєте в розмові. Ви не особистий асистент: ви не здійснюєте догляд і не надаєте фізичної допомоги.",
  "links.result.accepted.title": "Дякуємо – візит ваш",
  "links.result.accepted.body":
    "Ми повідомимо клієнта, що супровідника знайдено. Ви отримаєте підтвердження електронною поштою з подією для календаря.",
  "links.result.alreadyAccepted.title": "Візит ваш",
  "links.result.alreadyAccepted.body": "Ось деталі візиту. Дякуємо, що йдете з клієнтом!",
  "links.result.covered.title": "Уже є супровідник – дякуємо",
  "links.result.covered.body":
    "Інший супровідник відповів першим. Вам нічого не потрібно робити. Дякуємо, що готові допомогти!",
  "links.result.declined.title": "Дякуємо за відповідь",
  "links.result.declined.body":
    "Ви повідомили, що не можете прийти. Координатор шукатиме іншого супровідника. Більше нічого робити не потрібно.",
  "links.result.alreadyDeclined.title": "Ви вже повідомили, що не можете прийти",
  "links.result.alreadyDeclined.body":
    "Вашу відповідь збережено. Якщо ваші обставини змінилися, зверніться до координатора.",
  "links.result.withdrawn.title": "Цю пропозицію відкликано",
  "links.result.withdrawn.body":
    "Координатор відкликав цю пропозицію. Вам нічого не потрібно робити.",
  "links.result.expired.title": "Час для відповіді минув",
  "links.result.expired.body":
    "На цю пропозицію більше не можна відповісти. Якщо ви все ще хочете допомогти, зверніться до координатора.",
  "links.details.title": "Деталі візиту",
  "links.details.private": "Ці дані конфіденційні. Не передавайте їх іншим і не зберігайте деінде.",
  "links.details.client": "Клієнт",
  "links.details.clientPhone": "Телефон клієнта",
  "links.details.clientEmail": "Електронна пошта клієнта",
  "links.details.requester": "Хто надіслав запит",
  "links.details.requesterPhone": "Телефон того, хто надіслав запит",
  "links.details.requesterEmail": "Електронна пошта того, хто надіслав запит",
  "links.details.organisation": "Організація",
  "links.details.description": "Про що йдеться",
  "links.details.supportNeeds": "Що варто знати супровідникові",
  "links.details.firstMeeting": "Перша зустріч",
  "links.details.firstMeetingValue": "{date} о {time}, {place}",
  "links.short.title": "Відкриваємо посилання…",
  "links.short.go": "Натисніть тут, якщо сторінка не відкривається",
  "links.cancel.title": "Скасувати візит",
  "links.cancel.intro":
    "На цій сторінці ви можете скасувати візит. Саме відкриття сторінки нічого не скасовує.",
  "links.cancel.reference": "Номер запиту",
  "links.cancel.when": "Коли",
  "links.cancel.volunteer": "Супровідник",
  "links.cancel.reason": "Чи хочете розповісти, чому?",
  "links.cancel.reason.hint": "Це поле можна залишити порожнім.",
  "links.cancel.button": "Скасувати візит",
  "links.cancel.done.title": "Візит скасовано",
  "links.cancel.done.volunteer":
    "Ми повідомили супровідника. Якщо вам знадобиться підтримка пізніше, ви можете надіслати новий запит.",
  "links.cancel.done.noVolunteer":
    "Дякуємо, що повідомили. Якщо вам знадобиться підтримка пізніше, ви можете надіслати новий запит.",
  "links.cancel.already.title": "Візит уже скасовано",
  "links.cancel.already.body": "Вам нічого не потрібно робити.",
  "links.cancel.closed.title": "Візит більше не можна скасувати",
  "links.cancel.closed.body":
    "Цей запит уже завершено. Якщо у вас є запитання, зверніться до координатора.",
  "links.newRequest": "Надіслати новий запит",
  "links.survey.title": "Коротке опитування",
  "links.survey.intro": "Опитування анонімне і займає менше хвилини.",
  "links.survey.optional": "Усі запитання необов’язкові. Відповідайте на ті, на які хочете.",
  "links.survey.closes": "Будь ласка, дайте відповідь до {when}.",
  "links.survey.once": "Відповісти можна лише один раз.",
  "links.survey.yes": "Так",
  "links.survey.no": "Ні",
  "links.survey.unsure": "Не знаю",
  "links.survey.text.hint":
    "Будь ласка, не пишіть імен чи іншого, за чим можна впізнати вас або когось іншого.",
  "links.survey.send": "Надіслати відповіді",
  "links.survey.nothing": "Перед надсиланням дайте відповідь хоча б на одне запитання.",
  "links.survey.sent.title": "Дякуємо за відповідь!",
  "links.survey.sent.body": "Вашу відповідь збережено анонімно. Можете закрити цю сторінку.",
  "links.survey.used.title": "Це посилання вже використано",
  "links.survey.used.body":
    "За цим посиланням можна відповісти лише один раз. Якщо ви ще не відповідали, перевірте, чи відкрили все посилання з листа.",
  "links.survey.closed.title": "Опитування завершено",
  "links.survey.closed.body": "На це опитування більше не можна відповісти. Дякуємо за інтерес!",
  "links.survey.stop.title": "Не хочете більше опитувань?",
  "links.survey.stop.body":
    "Ви можете припинити надсилання опитувань на цю адресу електронної пошти. На це опитування ви ще можете відповісти.",
  "links.survey.stop.button": "Більше не надсилати опитувань",
  "links.survey.stop.confirm.title": "Припинити опитування?",
  "links.survey.stop.confirm.body": "Ми більше не надсилатимемо опитувань на цю адресу.",
  "links.survey.stop.confirm": "Так, припинити опитування",
  "links.survey.stopped": "Ви більше не отримуватимете опитувань.",
};
