/** Arabic (العربية). Machine-assisted translation: needs review by a native speaker before use. */
import type { ClientMailKey } from "./keys.ts";

export const ar: Record<ClientMailKey, string> = {
  "mail.greetingPlain": "مرحباً،",
  "mail.greeting": "مرحباً {name}،",
  "mail.signature": "مع أطيب التحيات\n{organisation}",
  "mail.linkFallback": "إذا لم يعمل الزر، افتح هذا العنوان:",
  "mail.footer.phone": "هاتف",
  "mail.footer.canReply": "يمكنك الرد على هذه الرسالة وسيصلنا ردك.",
  "mail.footer.noReply":
    "لا يمكن الرد على هذه الرسالة. يرجى التواصل معنا عبر البيانات المذكورة أعلاه.",
  "mail.footer.noReplyPlain": "لا يمكن الرد على هذه الرسالة.",
  "mail.action.offer": "اطّلع على التفاصيل وأجب",
  "mail.action.visit": "افتح صفحة الموعد",
  "mail.action.cancel": "أخبرنا أن الموعد أُلغي",
  "mail.action.cantCome": "أخبرنا أنك لا تستطيع الحضور",
  "mail.action.report": "أخبرنا كيف جرى الأمر",
  "mail.action.signIn": "تسجيل الدخول",
  "mail.action.profile": "افتح بياناتك",
  "mail.action.workspace": "افتح Rinnalla",
  "mail.action.monthlyReport": "افتح تقرير الشهر",
  "mail.action.request": "افتح الطلب",
  "mail.requestReceived.subject": "استلمنا طلبك ({reference})",
  "mail.requestReceived.body": "شكراً لك على طلبك. استلمناه برقم المرجع {reference}.",
  "mail.requestReceived.when": "وقت الموعد: {when}",
  "mail.requestReceived.next":
    "سيبحث منسّق عن شخص داعم مناسب وسيخبرك عندما يجده. إذا تغيّر أي شيء، يرجى ذكر رقم المرجع.",
  "mail.cancelled.subject": "أُلغي الطلب {reference}",
  "mail.cancelled.body": "أُلغي طلب الشخص الداعم {reference} ({when}).",
  "mail.cancelled.next":
    "إذا احتجت إلى دعم لاحقاً، يمكنك تقديم طلب جديد في أي وقت. نحن هنا من أجلك.",
  "mail.noVolunteer.subject": "لم نجد شخصاً داعماً ({reference})",
  "mail.noVolunteer.body": "للأسف لم نجد شخصاً داعماً للموعد في {when} (الطلب {reference}).",
  "mail.noVolunteer.next": "نحن آسفون. يسعدنا أن تقدّم طلباً جديداً لموعد آخر في أي وقت.",
  "mail.found.subject": "وجدنا شخصاً داعماً ({reference})",
  "mail.found.body": "خبر سار: الشخص الداعم {firstName} سيرافقك إلى الموعد. لست وحدك.",
  "mail.found.when": "الوقت: {when}",
  "mail.found.where": "مكان اللقاء: {place}",
  "mail.found.firstMeeting": "قبل الموعد ستلتقيان مرة واحدة للتعارف: {when}، {place}",
  "mail.found.cancel": "إذا أُلغي الموعد، أخبرنا عبر هذا الرابط وسنُبلغ الشخص الداعم.",
  "mail.clientReminder.subject": "تذكير: موعد غداً ({reference})",
  "mail.clientReminder.body":
    "الشخص الداعم {firstName} سيرافقك غداً. الوقت: {when}. مكان اللقاء: {place}.",
  "mail.action.training": "أجب على الدعوة",
  "mail.action.feedback": "أعطِ رأيك",
  "mail.action.gathering": "أجب على الدعوة",
  "mail.survey.action": "أجب على الاستبيان",
  "mail.survey.anonymous":
    "يستغرق أقل من دقيقة. لا أحد يستطيع أن يرى من أجاب، ولا يؤثر ذلك على الخدمة.",
  "mail.survey.stop": "إذا كنت لا تريد مزيداً من الاستبيانات، يمكنك قول ذلك في صفحة الاستبيان.",
  "mail.survey.before":
    "هل تجيب على ثلاثة أسئلة قبل الموعد؟ سنسأل الأسئلة نفسها بعده، لنعرف هل ساعد الدعم.",
  "mail.survey.before.action": "أجب قبل الموعد",
  "mail.survey.clientAfter.subject": "كيف جرى الموعد؟",
  "mail.survey.clientAfter.body":
    "شكراً لك على استخدام خدمة الشخص الداعم. هل تخبرنا كيف جرى الموعد؟",
  "mail.survey.professionalAfter.subject": "رأيك في العمل مع الشخص الداعم ({reference})",
  "mail.survey.professionalAfter.body":
    "طلبت شخصاً داعماً لعميلك. هل تخبرنا كيف جرى التعاون، وهل ساعد الشخص الداعم في عملك؟",
  "mail.survey.volunteerRound.subject": "كيف كانت تجربتك كشخص داعم؟",
  "mail.survey.volunteerRound.body":
    "مرتين في السنة نسأل كيف تشعر في دورك كشخص داعم وما الذي قد يساعدك. أربعة أسئلة.",
  "mail.survey.partnerRound.subject": "كيف سار تعاوننا؟",
  "mail.survey.partnerRound.body":
    "مرتين في السنة نسأل شركاءنا كيف سار التعاون مع خدمة الشخص الداعم.",
};
