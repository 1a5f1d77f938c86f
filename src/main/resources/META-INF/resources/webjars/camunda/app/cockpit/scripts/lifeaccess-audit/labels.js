/* The process's vocabulary in Hungarian: outcomes, decisions, steps, statuses. */

export const PROCESS_KEY = 'SecurityCodeIssuanceProcess';

export const OUTCOMES = [
  {id: 'EndEvent_AccessGranted', label: 'Hozzáférés megadva', tone: 'ok'},
  {id: 'EndEvent_CodeLocked', label: 'Kód zárolva', tone: 'bad'},
  {id: 'EndEvent_Superseded', label: 'Kód felváltva', tone: 'muted'},
  {id: 'EndEvent_CodeExpired', label: 'Kód lejárt', tone: 'warn'},
  {id: 'EndEvent_NotEligible', label: 'Nem jogosult', tone: 'muted'},
  {id: 'EndEvent_CodeNotDelivered', label: 'Az SMS nem kézbesíthető', tone: 'warn'},
  {id: 'EndEvent_Cancelled', label: 'Megszakítva', tone: 'muted'}
];
export const RUNNING = {id: 'RUNNING', label: 'Folyamatban', tone: 'info'};
export const DELETED = {id: 'DELETED', label: 'Törölve (adminisztrátor)', tone: 'bad'};
export const UNKNOWN = {id: 'UNKNOWN', label: 'Lezárva', tone: 'muted'};

export const DOCUMENT_TYPES = {
  ID_CARD: 'Személyazonosító igazolvány',
  PASSPORT: 'Útlevél',
  DRIVING_LICENCE: 'Vezetői engedély'
};

export const DECISIONS = {
  identifyDecision: {IDENTIFIED: 'Azonosítva', SEARCH_AGAIN: 'Új keresés', CANCEL: 'Megszakítás'},
  refineDecision: {SEARCH: 'Új keresés', CANCEL: 'Megszakítás'},
  reviewDecision: {CONTINUE: 'Tovább: igénylő nyomtatvány', MODIFY_CUSTOMER: 'Ügyfélmódosítás', BACK: 'Vissza'},
  correctionDecision: {SAVE: 'Mentés', BACK: 'Vissza'},
  signatureDecision: {SIGNED: 'Aláírva', BACK: 'Vissza'},
  ineligibilityAcknowledged: {true: 'Tudomásul véve'},
  resendDecision: {RESEND: 'Új kód küldése', CANCEL: 'Ügy lezárása'}
};

export const FIELDS = {mobile_number: 'Mobiltelefonszám'};

export const INCIDENT_TYPES = {failedJob: 'Sikertelen háttérfeladat', failedExternalTask: 'Sikertelen külső feladat'};

export const OPERATIONS = {
  SetJobRetries: 'Újrapróbálkozások beállítása',
  SetExternalTaskRetries: 'Újrapróbálkozások beállítása',
  Delete: 'Törlés',
  DeleteHistory: 'Előzmények törlése',
  SetVariable: 'Változó beállítása',
  SetVariables: 'Változók beállítása',
  ModifyVariable: 'Változó módosítása',
  RemoveVariable: 'Változó törlése',
  Suspend: 'Felfüggesztés',
  Activate: 'Folytatás',
  SuspendJob: 'Háttérfeladat felfüggesztése',
  ActivateJob: 'Háttérfeladat folytatása',
  ModifyProcessInstance: 'Folyamatpéldány módosítása',
  Resolve: 'Megoldás',
  Claim: 'Feladat felvétele',
  Assign: 'Feladat kiosztása',
  SetRemovalTime: 'Törlési idő beállítása',
  Execute: 'Végrehajtás'
};

export const ACTIVITY_KINDS = {
  startEvent: 'Indítás',
  userTask: 'Ügyintézői lépés',
  serviceTask: 'Automatikus lépés',
  businessRuleTask: 'Automatikus döntés (döntési tábla)',
  eventBasedGateway: 'Várakozás',
  intermediateMessageCatch: 'Ügyfélportál',
  boundaryMessage: 'Ügyfélportál (az ügyintéző döntése közben)',
  intermediateTimer: 'Időzítő',
  boundaryError: 'Esemény',
  noneEndEvent: 'Lezárás'
};

export const CODE_STATUSES = {
  ACTIVE: {label: 'Kód kiküldve SMS-ben, beváltható', tone: 'info'},
  REDEEMED: {label: 'Beváltva az Ügyfélportálon', tone: 'ok'},
  LOCKED: {label: 'Zárolva a hibás próbálkozások miatt', tone: 'bad'},
  SUPERSEDED: {label: 'Felváltva: új kód váltja', tone: 'muted'},
  EXPIRED: {label: 'Lejárt, nem váltották be', tone: 'warn'},
  CANCELLED: {label: 'Érvénytelenítve: az ügy lezárult', tone: 'muted'}
};

/** What the SMS provider reported of the code's SMS (codeDeliveryStatus). */
export const DELIVERY_STATUSES = {
  DELIVERED: {label: 'SMS kézbesítve az ügyfél telefonjára', tone: 'ok'},
  FAILED: {label: 'SMS nem kézbesíthető', tone: 'bad'},
  EXPIRED: {label: 'SMS kézbesítési ideje lejárt', tone: 'warn'}
};

/** Cases from before codeStatus existed: their message and timer events tell the same story. */
export const CODE_EVENTS = {
  Event_CodeRedeemed: 'REDEEMED',
  Event_CodeLocked: 'LOCKED',
  Event_CodeSuperseded: 'SUPERSEDED',
  Event_CodeExpiry: 'EXPIRED'
};
