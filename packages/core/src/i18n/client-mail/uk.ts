/** Ukrainian (українська). Machine-assisted translation: needs review by a native speaker before use. */
import type { ClientMailKey } from "./keys.ts";

export const uk: Record<ClientMailKey, string> = {
  "mail.greetingPlain": "Добрий день!",
  "mail.greeting": "Добрий день, {name}!",
  "mail.signature": "З повагою\n{organisation}",
  "mail.linkFallback": "Якщо кнопка не працює, відкрийте цю адресу:",
  "mail.footer.phone": "Тел.",
  "mail.footer.canReply": "Ви можете відповісти на цей лист, і ми його отримаємо.",
  "mail.footer.noReply":
    "На цей лист не можна відповісти. Будь ласка, зв’яжіться з нами за контактами, вказаними вище.",
  "mail.footer.noReplyPlain": "На цей лист не можна відповісти.",
  "mail.action.offer": "Переглянути деталі та відповісти",
  "mail.action.visit": "Відкрити сторінку візиту",
  "mail.action.cancel": "Повідомити, що візит скасовано",
  "mail.action.cantCome": "Повідомити, що ви не можете прийти",
  "mail.action.report": "Розповісти, як усе пройшло",
  "mail.action.signIn": "Увійти",
  "mail.action.profile": "Відкрити свої дані",
  "mail.action.workspace": "Відкрити Rinnalla",
  "mail.action.monthlyReport": "Відкрити звіт за місяць",
  "mail.action.request": "Відкрити запит",
  "mail.requestReceived.subject": "Ми отримали ваш запит ({reference})",
  "mail.requestReceived.body": "Дякуємо за ваш запит. Ми отримали його під номером {reference}.",
  "mail.requestReceived.when": "Час візиту: {when}",
  "mail.requestReceived.next":
    "Координатор шукатиме для вас відповідного супровідника і повідомить, коли його буде знайдено. Якщо щось зміниться, будь ласка, назвіть номер запиту.",
  "mail.cancelled.subject": "Запит {reference} скасовано",
  "mail.cancelled.body": "Запит на супровідника {reference} ({when}) скасовано.",
  "mail.cancelled.next":
    "Якщо вам знадобиться підтримка пізніше, ви можете будь-коли надіслати новий запит. Ми поруч.",
  "mail.noVolunteer.subject": "Нам не вдалося знайти супровідника ({reference})",
  "mail.noVolunteer.body":
    "На жаль, нам не вдалося знайти супровідника на візит {when} (запит {reference}).",
  "mail.noVolunteer.next":
    "Нам дуже шкода. Ви можете будь-коли надіслати новий запит на інший візит.",
  "mail.found.subject": "Супровідника знайдено ({reference})",
  "mail.found.body": "Гарна новина: супровідник {firstName} піде з вами на візит. Ви не самі.",
  "mail.found.when": "Час: {when}",
  "mail.found.where": "Місце зустрічі: {place}",
  "mail.found.firstMeeting":
    "Перед візитом ви зустрінетеся один раз, щоб познайомитися: {when}, {place}",
  "mail.found.cancel":
    "Якщо візит скасовано, повідомте нас за цим посиланням, і ми передамо це супровідникові.",
  "mail.clientReminder.subject": "Нагадування: візит завтра ({reference})",
  "mail.clientReminder.body":
    "Завтра з вами піде супровідник {firstName}. Час: {when}. Місце зустрічі: {place}.",
  "mail.action.training": "Відповісти на запрошення",
  "mail.action.feedback": "Залишити відгук",
  "mail.action.gathering": "Відповісти на запрошення",
  "mail.survey.action": "Пройти опитування",
  "mail.survey.anonymous":
    "Це займе менше хвилини. Ніхто не бачить, хто відповів, і це не впливає на послугу.",
  "mail.survey.stop":
    "Якщо ви більше не хочете отримувати опитування, можете повідомити про це на сторінці опитування.",
  "mail.survey.before":
    "Чи не могли б ви відповісти на три запитання перед візитом? Після візиту ми запитаємо те саме, щоб побачити, чи допомогла підтримка.",
  "mail.survey.before.action": "Відповісти перед візитом",
  "mail.survey.clientAfter.subject": "Як пройшов візит?",
  "mail.survey.clientAfter.body":
    "Дякуємо, що скористалися послугою супровідника. Чи не розповісте, як пройшов візит?",
  "mail.survey.professionalAfter.subject": "Відгук про співпрацю із супровідником ({reference})",
  "mail.survey.professionalAfter.body":
    "Ви просили супровідника для свого клієнта. Чи не розповісте, як пройшла співпраця і чи допоміг супровідник у вашій роботі?",
  "mail.survey.volunteerRound.subject": "Як вам бути супровідником?",
  "mail.survey.volunteerRound.body":
    "Двічі на рік ми запитуємо, як вам бути супровідником і що могло б вам допомогти. Чотири запитання.",
  "mail.survey.partnerRound.subject": "Як працює наша співпраця?",
  "mail.survey.partnerRound.body":
    "Двічі на рік ми запитуємо наших партнерів, як працює співпраця зі службою супровідників.",
};
