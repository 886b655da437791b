/**
 * The words of each notice, in plain language (short sentences, everyday words; aim: 6th–8th grade), in
 * English and Spanish. Required content: SNAP 7 CFR 273.10(g) (approval, denial), 273.13(a)(2) (adverse
 * action: action, reason, hearing rights, continued benefits, overissuance liability, legal aid), 273.2(c)(5)
 * (verification); Medicaid 42 CFR 431.210 (action, reasons, regulation relied on, hearing rights, continued
 * benefits). Family-violence suppression: a flagged recipient's address never reaches the document.
 */
import type { DateOnly } from '@hearth/kernel';
import type { Block, DocumentModel } from './document-model.js';
import type { NoticeKind, NoticeLanguage } from './notice-input.js';
import type { NoticeProgram } from './policy.js';
import type { ResolvedNotice } from './resolve-notice.js';
import { addressLines, formatDate, formatMonth, money, pick } from './words.js';

export const ADDRESS_WITHHELD = { en: 'Address withheld for safety', es: 'Dirección retenida por seguridad' } as const;
export const IN_CARE_OF = { en: 'In care of', es: 'A cargo de' } as const;

const PROGRAM = {
  en: { snap: 'SNAP (food help)', medicaid: 'Medicaid (health coverage)', tanf: 'TANF (cash help)' },
  es: { snap: 'SNAP (ayuda para comida)', medicaid: 'Medicaid (cobertura de salud)', tanf: 'TANF (ayuda en efectivo)' },
} as const satisfies Record<NoticeLanguage, Record<NoticeProgram, string>>;

type D = (d: DateOnly) => string;

function words(lang: NoticeLanguage) {
  const date: D = (d) => formatDate(d, lang);
  if (lang === 'en') {
    return {
      date,
      noticeDate: (d: DateOnly) => `Date of this notice: ${date(d)}`,
      caseNumber: (c: string) => `Case number: ${c}`,
      to: 'To:',
      title: (kind: NoticeKind, p: string, dir: 'increase' | 'reduction' | null, medicaid: boolean) => ({
        approval: medicaid ? `We approved your ${p}` : `We approved your ${p} benefits`,
        denial: `We denied your application for ${p}`,
        change: dir === 'reduction' ? `Your ${p} benefits are going down` : `Your ${p} benefits are going up`,
        closure: medicaid ? `Your ${p} will end` : `Your ${p} benefits will stop`,
        verification_request: `We need proof to decide on your ${p}`,
        renewal: `It is time to renew your ${p}`,
      })[kind],
      decided: 'What we decided',
      approved: (p: string) => `You can get ${p}.`,
      period: (f: DateOnly, t: DateOnly) => `Your benefits are approved from ${date(f)} to ${date(t)}.`,
      coverageStarts: (d: DateOnly) => `Your coverage starts on ${date(d)}.`,
      amountsIntro: 'This is how much you will get for each month:',
      denied: (p: string) => `You cannot get ${p} at this time.`,
      changeIntro: (d: DateOnly) => `Your benefit amount will change starting ${date(d)}.`,
      changeTable: 'This is your amount before and after the change:',
      closure: (d: DateOnly) => `Your benefits will stop on ${date(d)}.`,
      closureMedicaid: (d: DateOnly) => `Your coverage will end. The last day of coverage is the day before ${date(d)}.`,
      monthCol: 'Month', amountCol: 'Amount', beforeCol: 'Before', afterCol: 'New amount',
      amountsCaption: 'Benefit amounts by month',
      verifyIntro: 'We need more information before we can decide.',
      verifyDue: (d: DateOnly) => `Please send us the proof listed below by ${date(d)}.`,
      verifyList: 'Proof we need',
      verifyHelp: 'If you cannot get a paper we ask for, call us. We can help you get it, or we may accept other proof.',
      verifyLate: 'If we do not get the proof by that date, we may deny your application or stop your benefits.',
      renewIntro: (p: string, end: DateOnly) => `Your ${p} ends on ${date(end)}.`,
      renewDue: (d: DateOnly) => `To keep getting it, fill out the renewal form and send it to us by ${date(d)}.`,
      renewInterview: 'We may also need to talk with you. We will tell you when.',
      renewLate: 'If you do not renew, your benefits will stop.',
      why: 'Why we made this decision',
      how: 'How we figured this',
      when: 'When this change happens',
      effective: (d: DateOnly) => `This change starts on ${date(d)}.`,
      advance: (n: number, c: string) => `We are mailing this notice at least ${n} days before the change, as the law requires (${c}).`,
      keepTitle: 'Keep your benefits while you wait for a hearing',
      keep: (d: DateOnly) => `If you ask for a hearing by ${date(d)}, your benefits will stay the same until the hearing decision.`,
      keepPayBack: {
        snap: 'If you lose the hearing, you may have to pay back the extra benefits you got while you waited.',
        medicaid: 'If you lose the hearing, you may have to pay back the cost of services you got while you waited.',
        tanf: 'If you lose the hearing, you may have to pay back the extra cash help you got while you waited.',
      } as Record<NoticeProgram, string>,
      hearingTitle: 'Your right to a hearing',
      hearingWhy: 'If you think we made a mistake, you can ask for a fair hearing. A hearing officer who did not make this decision will look at your case.',
      hearingBy: (d: DateOnly) => `You must ask for a hearing by ${date(d)}.`,
      hearingHow: (phone: string) => `To ask, call ${phone}, write to us, or come to our office. You can ask out loud; you do not have to write.`,
      hearingHelp: 'You can speak for yourself. You can also bring a lawyer, a friend, or someone else to speak for you.',
      legalAid: (name: string, phone: string) => `You may be able to get free legal help. Call ${name} at ${phone}.`,
      questions: 'Questions?',
      callUs: (phone: string) => `Call us at ${phone}. The call is free.`,
      otherLanguage: (phone: string) => `Si necesita este aviso en español, llámenos al ${phone}.`,
      rulesTitle: 'Rules we used',
      record: (id?: string, v?: string) => [id ? `Decision ${id}` : null, v ? `rules version ${v}` : null].filter(Boolean).join(', '),
      footer: (c: string, d: DateOnly) => `Case ${c} — notice dated ${date(d)}`,
    };
  }
  return {
    date,
    noticeDate: (d: DateOnly) => `Fecha de este aviso: ${date(d)}`,
    caseNumber: (c: string) => `Número de caso: ${c}`,
    to: 'Para:',
    title: (kind: NoticeKind, p: string, dir: 'increase' | 'reduction' | null, medicaid: boolean) => ({
      approval: medicaid ? `Aprobamos su ${p}` : `Aprobamos sus beneficios de ${p}`,
      denial: `Negamos su solicitud de ${p}`,
      change: dir === 'reduction' ? `Sus beneficios de ${p} van a bajar` : `Sus beneficios de ${p} van a subir`,
      closure: medicaid ? `Su ${p} va a terminar` : `Sus beneficios de ${p} van a terminar`,
      verification_request: `Necesitamos pruebas para decidir sobre su ${p}`,
      renewal: `Es hora de renovar su ${p}`,
    })[kind],
    decided: 'Lo que decidimos',
    approved: (p: string) => `Usted puede recibir ${p}.`,
    period: (f: DateOnly, t: DateOnly) => `Sus beneficios están aprobados del ${date(f)} al ${date(t)}.`,
    coverageStarts: (d: DateOnly) => `Su cobertura empieza el ${date(d)}.`,
    amountsIntro: 'Esta es la cantidad que recibirá cada mes:',
    denied: (p: string) => `Usted no puede recibir ${p} en este momento.`,
    changeIntro: (d: DateOnly) => `La cantidad de sus beneficios cambiará a partir del ${date(d)}.`,
    changeTable: 'Esta es su cantidad antes y después del cambio:',
    closure: (d: DateOnly) => `Sus beneficios terminarán el ${date(d)}.`,
    closureMedicaid: (d: DateOnly) => `Su cobertura va a terminar. El último día de cobertura es el día antes del ${date(d)}.`,
    monthCol: 'Mes', amountCol: 'Cantidad', beforeCol: 'Antes', afterCol: 'Cantidad nueva',
    amountsCaption: 'Cantidad de beneficios por mes',
    verifyIntro: 'Necesitamos más información antes de decidir.',
    verifyDue: (d: DateOnly) => `Por favor, envíenos las pruebas de la lista a más tardar el ${date(d)}.`,
    verifyList: 'Pruebas que necesitamos',
    verifyHelp: 'Si no puede conseguir un papel que le pedimos, llámenos. Podemos ayudarle a conseguirlo, o tal vez aceptemos otra prueba.',
    verifyLate: 'Si no recibimos las pruebas para esa fecha, podemos negar su solicitud o terminar sus beneficios.',
    renewIntro: (p: string, end: DateOnly) => `Su ${p} termina el ${date(end)}.`,
    renewDue: (d: DateOnly) => `Para seguir recibiéndolo, llene el formulario de renovación y envíenoslo a más tardar el ${date(d)}.`,
    renewInterview: 'Es posible que también necesitemos hablar con usted. Le diremos cuándo.',
    renewLate: 'Si no renueva, sus beneficios terminarán.',
    why: 'Por qué tomamos esta decisión',
    how: 'Cómo lo calculamos',
    when: 'Cuándo pasa este cambio',
    effective: (d: DateOnly) => `Este cambio empieza el ${date(d)}.`,
    advance: (n: number, c: string) => `Le enviamos este aviso por lo menos ${n} días antes del cambio, como lo exige la ley (${c}).`,
    keepTitle: 'Siga recibiendo sus beneficios mientras espera una audiencia',
    keep: (d: DateOnly) => `Si pide una audiencia a más tardar el ${date(d)}, sus beneficios seguirán igual hasta la decisión de la audiencia.`,
    keepPayBack: {
      snap: 'Si pierde la audiencia, es posible que tenga que devolver los beneficios de más que recibió mientras esperaba.',
      medicaid: 'Si pierde la audiencia, es posible que tenga que pagar el costo de los servicios que recibió mientras esperaba.',
      tanf: 'Si pierde la audiencia, es posible que tenga que devolver la ayuda en efectivo de más que recibió mientras esperaba.',
    } as Record<NoticeProgram, string>,
    hearingTitle: 'Su derecho a una audiencia',
    hearingWhy: 'Si cree que cometimos un error, puede pedir una audiencia imparcial. Un funcionario que no tomó esta decisión revisará su caso.',
    hearingBy: (d: DateOnly) => `Debe pedir la audiencia a más tardar el ${date(d)}.`,
    hearingHow: (phone: string) => `Para pedirla, llame al ${phone}, escríbanos o venga a nuestra oficina. Puede pedirla de palabra; no tiene que escribir.`,
    hearingHelp: 'Puede hablar por sí mismo. También puede traer a un abogado, un amigo u otra persona para que hable por usted.',
    legalAid: (name: string, phone: string) => `Es posible que pueda recibir ayuda legal gratis. Llame a ${name} al ${phone}.`,
    questions: '¿Preguntas?',
    callUs: (phone: string) => `Llámenos al ${phone}. La llamada es gratis.`,
    otherLanguage: (phone: string) => `If you need this notice in English, call us at ${phone}.`,
    rulesTitle: 'Normas que usamos',
    record: (id?: string, v?: string) => [id ? `Decisión ${id}` : null, v ? `versión de las normas ${v}` : null].filter(Boolean).join(', '),
    footer: (c: string, d: DateOnly) => `Caso ${c} — aviso con fecha ${date(d)}`,
  };
}

/** The notice as a document model (headings, paragraphs, tables), in the notice's language. */
export function noticeDocument(n: ResolvedNotice): DocumentModel {
  const lang = n.language;
  const w = words(lang);
  const program = PROGRAM[lang][n.program];
  const medicaid = n.program === 'medicaid';
  const title = w.title(n.kind, program, n.direction, medicaid);
  const blocks: Block[] = [];
  const months = [...n.amounts].sort((a, b) => a.month.localeCompare(b.month));

  blocks.push({ type: 'lines', lines: [n.agency.name, ...addressLines(n.agency.office), n.agency.phone] });
  blocks.push({ type: 'lines', lines: [w.noticeDate(n.noticeDate), w.caseNumber(n.caseNumber)] });
  // Family-violence suppression: with the flag set, the recipient's address is never read, whatever was passed.
  // With suppressedAddress 'office', the letter goes to the program office for the household to collect.
  const recipientLines = n.recipient.addressSuppressed
    ? n.suppressedAddress === 'office'
      ? [n.recipient.name, `${IN_CARE_OF[lang]} ${n.agency.name}`, ...addressLines(n.agency.office), ADDRESS_WITHHELD[lang]]
      : [n.recipient.name, ADDRESS_WITHHELD[lang]]
    : [n.recipient.name, ...(n.recipient.address ? addressLines(n.recipient.address) : [])];
  blocks.push({ type: 'lines', lines: [w.to, ...recipientLines] });

  blocks.push({ type: 'heading', level: 1, text: title, bookmark: true });
  blocks.push({ type: 'heading', level: 2, text: w.decided });

  const amountTable = (): Block => ({
    type: 'table',
    caption: w.amountsCaption,
    header: [w.monthCol, w.amountCol],
    rows: months.map((a) => [formatMonth(a.month, lang), money(a.amountCents, lang)]),
    widths: [200, 150],
  });

  switch (n.kind) {
    case 'approval':
      blocks.push({ type: 'paragraph', text: w.approved(program) });
      if (n.certificationPeriod) blocks.push({ type: 'paragraph', text: w.period(n.certificationPeriod.from, n.certificationPeriod.to) });
      else if (medicaid && n.effectiveDate) blocks.push({ type: 'paragraph', text: w.coverageStarts(n.effectiveDate) });
      if (months.length) {
        blocks.push({ type: 'paragraph', text: w.amountsIntro });
        blocks.push(amountTable());
      }
      break;
    case 'denial':
      blocks.push({ type: 'paragraph', text: w.denied(program) });
      break;
    case 'change':
      if (n.effectiveDate) blocks.push({ type: 'paragraph', text: w.changeIntro(n.effectiveDate) });
      blocks.push({ type: 'paragraph', text: w.changeTable });
      blocks.push({
        type: 'table',
        caption: w.amountsCaption,
        header: [w.monthCol, w.beforeCol, w.afterCol],
        rows: months.map((a) => [formatMonth(a.month, lang), a.previousAmountCents === undefined ? '—' : money(a.previousAmountCents, lang), money(a.amountCents, lang)]),
        widths: [180, 130, 130],
      });
      break;
    case 'closure':
      blocks.push({ type: 'paragraph', text: medicaid ? w.closureMedicaid(n.effectiveDate!) : w.closure(n.effectiveDate!) });
      break;
    case 'verification_request':
      blocks.push({ type: 'paragraph', text: w.verifyIntro });
      blocks.push({ type: 'paragraph', text: w.verifyDue(n.verificationDue!), emphasis: true });
      blocks.push({ type: 'heading', level: 3, text: w.verifyList });
      blocks.push({ type: 'list', items: n.verification!.items.map((i) => pick(i, lang)) });
      blocks.push({ type: 'paragraph', text: w.verifyHelp });
      blocks.push({ type: 'paragraph', text: w.verifyLate });
      break;
    case 'renewal':
      blocks.push({ type: 'paragraph', text: w.renewIntro(program, n.renewal!.certificationEnd) });
      blocks.push({ type: 'paragraph', text: w.renewDue(n.renewalDue!), emphasis: true });
      if (n.program === 'snap') blocks.push({ type: 'paragraph', text: w.renewInterview });
      blocks.push({ type: 'paragraph', text: w.renewLate });
      break;
  }

  if (n.reasons.length) {
    blocks.push({ type: 'heading', level: 2, text: w.why });
    blocks.push({ type: 'list', items: n.reasons.map((r) => pick(r, lang)) });
  }
  if (n.explanation.length) {
    blocks.push({ type: 'heading', level: 2, text: w.how });
    blocks.push({ type: 'list', items: n.explanation.map((r) => pick(r, lang)) });
  }

  if (n.adverse && n.effectiveDate) {
    blocks.push({ type: 'heading', level: 2, text: w.when });
    blocks.push({ type: 'paragraph', text: w.effective(n.effectiveDate), emphasis: true });
    blocks.push({ type: 'paragraph', text: w.advance(n.programRules.advanceNotice.days, n.programRules.advanceNotice.citation) });
    blocks.push({ type: 'heading', level: 2, text: w.keepTitle });
    blocks.push({ type: 'paragraph', text: w.keep(n.continuedBenefitsBy!), emphasis: true });
    blocks.push({ type: 'paragraph', text: w.keepPayBack[n.program] });
  }

  blocks.push({ type: 'heading', level: 2, text: w.hearingTitle });
  blocks.push({ type: 'paragraph', text: w.hearingWhy });
  blocks.push({ type: 'paragraph', text: w.hearingBy(n.hearingDeadline), emphasis: true });
  blocks.push({ type: 'paragraph', text: w.hearingHow(n.agency.hearingPhone ?? n.agency.phone) });
  blocks.push({ type: 'paragraph', text: w.hearingHelp });
  if (n.agency.legalAidPhone) blocks.push({ type: 'paragraph', text: w.legalAid(n.agency.legalAidName ?? 'Legal Aid', n.agency.legalAidPhone) });

  blocks.push({ type: 'heading', level: 2, text: w.questions });
  blocks.push({ type: 'paragraph', text: w.callUs(n.agency.phone) });
  blocks.push({ type: 'paragraph', text: w.otherLanguage(n.agency.phone) });

  blocks.push({ type: 'heading', level: 2, text: w.rulesTitle });
  blocks.push({ type: 'list', items: n.citations });
  const record = w.record(n.determinationId, n.rulesVersion);
  if (record) blocks.push({ type: 'paragraph', text: record, small: true });

  return {
    title,
    lang: lang === 'en' ? 'en-US' : 'es-US',
    author: n.agency.name,
    subject: `${n.kind} — ${n.caseNumber}`,
    date: n.noticeDate,
    blocks,
    footer: w.footer(n.caseNumber, n.noticeDate),
  };
}
