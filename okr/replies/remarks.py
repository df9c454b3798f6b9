"""The lines around the answers that are no answers: greetings, remarks about the mail
("Answers inline."), farewells, confidentiality notices, contact details, and the form's
own lines (its instructions, example answers, "Last week:" lines) pasted back.

Part of the reply grammar (`grammar.py` re-exports every name); apart because these are
whole-line patterns, not words of an answer.
"""

from __future__ import annotations

import re

GREETING = re.compile(
    r"^(hi|hello|hey|dear|hallo|hej|hei|moin|servus|bonjour|salut|hola|buenos días|ciao|"
    r"buongiorno|olá|oi|bom dia|goedemorgen|dzień dobry|cześć|ahoj|dobrý den|привет|"
    r"здравствуйте|добрий день|你好|您好|こんにちは|お疲れ様です|お疲れさまです)"
    r"(?:\b|(?<=\W))[^.!?#\d]{0,40}[,!:.。、]?$",
    re.IGNORECASE,
)
# The form's own example answers (mailers/form.py prints them, indented, after a ref), the
# lesson's among them (tests/test_lessons_asked.py holds it to mailers.form.LESSON_EXAMPLE).
FORM_EXAMPLES = (
    "green - signed 4 of 5",
    "red 0.3 - vendor slipped, need a decision",
    "lesson attention - i will check the vendor dates every week",
)
# Remarks about the mail or the week, neither answers nor notes ("Answers inline."): whole
# lines, case ignored, trailing punctuation ignored.
MAIL_REMARK_PATTERNS = (
    r"(?:(?:one|two|some|a few|my|the|all) (?:more )?)?answers?(?: are)? "
    r"(?:inline|in line|below|above)(?:,? (?:see |as )?(?:below|above))?",
    r"(?:please )?see (?:my )?(?:answers?|replies|comments|notes|updates?|status)? ?"
    r"(?:inline|in line|below|above)",
    r"(?:my |the |our )?(?:status|update|answers?|replies)(?: is| are)? (?:below|above|inline)",
    r"(?:(?:one|two|the|an?|some|my|all) )?(?:exceptions?|details?|changes?|notes?)"
    r"(?: are| is)? (?:inline|in line|below|above)(?: below)?",
    r"(?:and )?(?:the )?(?:others?|rest|remaining(?: ones)?)(?: (?:two|three|four|ones|key "
    r"results|items))?(?: are)? (?:inline|in line|below|above)(?: below)?",
    r"(?:here(?:'s|’s| is| are)|below (?:is|are)|please find) (?:my|the|this week's|our)"
    r"(?: weekly)? (?:update|status|answers?|replies|report)"
    r"(?: for (?:this|the) week| for week \d+)?",
    r"(?:quick |short |weekly |my |status )*(?:update|status|report|answers?)(?: update)?"
    r"(?: for (?:this |the )?week(?: \d+)?| for w\d+| week \d+)?",
    r"(?:sorry|apologies) (?:for|about) (?:the |my )?(?:late|delay|delayed|slow).*",
    r"(?:sorry,? )?(?:late|delayed) (?:reply|answer|update)(?:,? sorry)?",
    r"(?:forwarding|resending|re-sending|sending (?:this )?again|trying again).*",
    r"(?:replying|sent|writing|typing|answering) from my (?:phone|mobile|tablet).*",
    r"thanks? (?:you )?for (?:the )?(?:reminder|nudge|patience|asking|waiting).*",
    r"thanks!? will (?:reply|answer|respond) .*",
    r"(?:sorry,? )?this is (?:last|the previous) week's\b.*",
    r"better late than never.*",
    r"(?:sorry,? )?(?:this|it)(?: i|')s late.*",
    r"late again,? sorry",
    r"(?:sorry|apologies|entschuldigung|sorry für|désolée?|perdón|perdona|desculpe?|scusate?)"
    r"[,!.]? (?:(?:i'm|i am|i was|we're|we are|a bit|a little|bit|once more|ich bin)\s+)*"
    r"(?:late|delayed|running late|spät|en retard|tarde|in ritardo)"
    r"(?: again| once more| this week| today|"
    r" with (?:this|my|the|this week's) (?:one|reply|answer|update))?",
    r"(?:answers|antworten|réponses|respuestas|risposte|respostas|antwoorden|svar)"
    r" (?:inline|unten|ci-dessous|abajo|sotto|abaixo|hieronder|nedan|nedenfor)",
    r"(?:siehe|voir|ver|vedi|zie|se|patrz|viz|см\.?|див\.?) .{0,30}(?:unten|ci-dessous|"
    r"abajo|sotto|abaixo|hieronder|nedan|nedenfor|poniżej|níže|ниже|нижче)",
    r"(?:anbei|hier ist|voici|aquí está|ecco|segue|hier is|här är) .{0,30}(?:status|update|"
    r"antworten|réponses|respuestas|risposte|respostas|antwoorden)",
    r"以下の通りです|以下、ご報告します|请见下文|见下文",
    r"(?:status|update|report|answers?|stand|stato|statut|estado)?\s*(?:for )?"
    r"(?:week|wk|kw|w|semaine|semana|settimana|vecka|uge|uke|tydzień|týden|неделя)\.? ?\d{1,2}",
    r"\[?(?:external|extern|externe|external email|external sender)\]?:?.{0,200}",
    r"(?:caution|warning|attention|achtung|vorsicht)\b.{0,40}(?:external|outside|extern|"
    r"außerhalb|ausserhalb|l'extérieur).{0,200}",
)
# A confidentiality notice under the text: it ends the reply like a sign-off.
DISCLAIMER = re.compile(
    r"^(?:this (?:e-?mail|message|communication)|the information (?:contained )?in this|"
    r"if you (?:are not|have received)|confidential(?:ity)?(?: notice)?\b|disclaimer\b|"
    r"diese (?:e-?mail|nachricht)|ce (?:message|courriel)|este (?:mensaje|correo)|"
    r"questo messaggio|esta mensagem|dit (?:bericht|e-?mailbericht)|"
    # the other languages of the quoted-history detector
    r"questa e-?mail|este e-?mail|(?:ta|niniejsza) wiadomość|ten e-?mail|"
    r"detta (?:e-?post(?:meddelande)?|meddelande)|denne (?:e-?mail|e-?post|meddelelse|"
    r"meldingen|melding|besked)|(?:это|данное|настоящее) (?:сообщение|письмо)|"
    r"bu (?:e-?posta|mesaj|ileti)|このメール|本メール|本邮件|此邮件|本郵件|此郵件|"
    r"the contents? of this (?:e-?mail|message)|der inhalt dieser|le contenu de ce|"
    r"el contenido de este|o conteúdo des[st]a|il contenuto di questo|de inhoud van dit|"
    r"innehållet i detta|indholdet af denne|innholdet i denne|treść tej wiadomości|"
    r"(?:содержание|содержимое) (?:этого|данного) (?:сообщения|письма)|"
    r"bu e-?postanın içeriği|本邮件的内容|本メールの内容|"
    r"please consider the environment|think before you print)",
    re.IGNORECASE,
)
# Parting words after the answers: like a sign-off, they end the reply.
FAREWELL_PATTERNS = (
    r"hope (?:this|that|it) helps",
    r"let me know .*",
    r"any questions.*",
    r"ping me .*",
    r"(?:have a |enjoy the )?(?:great|good|nice|lovely) (?:weekend|day|week|evening)",
    r"(?:talk|speak|see you) (?:soon|tomorrow|on monday|next week)",
    r"happy (?:monday|friday|weekend|holidays|new year)|(?:sorry|apologies) for (?:the )?"
    r"(?:brevity|short (?:reply|update|answer)|typos)|enjoy your (?:weekend|day|week)",
    r"schönes wochenende|bonne journée|bon week-end|buen fin de semana|buon weekend",
    r"buon fine settimana|buona settimana|bonne semaine|buena semana|boa semana",
    r"bonne fin de semaine|buen finde|schöne woche|fijne week|trevlig vecka|god uke",
    r"хороших выходных|iyi hafta sonları|良い週末を|周末愉快",
    r"bom fim de semana|fijn weekend|trevlig helg|god helg|god weekend|miłego weekendu",
    r"ha en (?:bra|fin|trevlig|god|riktig god) (?:helg|dag|vecka|uke|weekend)"
    r"|hav en (?:god|dejlig|rigtig god) (?:weekend|dag|uge)|schönes wochenende euch",
    # "That's all from me, have a good weekend!": the answers are over, whatever follows.
    r"that(?:'s|’s| is| was) (?:all|it|everything)\b.*",
    r"nothing (?:else|more)(?: to report| from me| this week)?\b.*",
    r"das war'?s\b.*|c'est tout\b.*|eso es todo\b.*|è tutto\b.*|é tudo\b.*|dat was het\b.*",
    r"det var allt\b.*|to wszystko\b.*|вот и всё\b.*|以上です.*|就这些.*",
)
_END = r"[.!:,)。！]*$"
FAREWELLS = re.compile(rf"^(?:{'|'.join(FAREWELL_PATTERNS)}){_END}", re.IGNORECASE)
REMARKS = re.compile(
    rf"^(?:{'|'.join(MAIL_REMARK_PATTERNS + FAREWELL_PATTERNS)}){_END}", re.IGNORECASE
)
# A line in parentheses about the mail: "(forwarding since my first reply bounced)".
MAIL_ASIDE = re.compile(
    r"^\((?=[^)]*\b(?:forward|resend|re-send|bounc|phone|mobile|mail|inline|repl|late|typo|"
    r"again|sent)\w*)[^()]{0,200}\)[.!]?$",
    re.IGNORECASE,
)
# A line that is only contact details: part of a signature, never of a note.
CONTACT = re.compile(
    r"^(?:(?:m|t|p|f|tel|mobile|mob|cell|phone|fax|e|email|e-mail|w|web)\s*[:.]\s*)?"
    r"(?:\+?[\d\s().-]{7,}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+)"
    r"(?:\s*[|·•,]\s*.{0,80})?$",
    re.IGNORECASE,
)

# The form's fixed sentences (templates/email/form.md, _items.md, reminder.md), any number
# or date in them as "0": a client that wraps the quoted form at 72 columns leaves their
# tails on lines of their own, without ">" ("drop and the reason; or due and a new date
# (for example #92 due 2026-12-24)."), and such a tail is never an answer.
FORM_SENTENCES = (
    "was due 0 nov 0, overdue by 0 days. please answer with one of: done; drop and the "
    "reason; or due and a new date (for example #0 due 0-0-0).",
    "this is your weekly status for week 0 (0 to 0 december 0). reply to this email with one "
    "line per key result: its number, a flag (green, yellow or red), an optional score, and "
    "a short note. for example:",
    "or type your answer under each item below. a red flag is welcome: bad news early is "
    "good news.",
    "you get this email because you own key results in flagpost. your answers appear in your "
    "managers' weekly digest.",
    "a link opens your status page with that flag chosen; nothing is recorded until you press "
    "the button there.",
)
_NUMBERS = re.compile(
    r"\d+|(?<!\w)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|january|february|march|"
    r"april|june|july|august|september|october|november|december)(?!\w)"
)


def form_fragment(folded: str) -> bool:
    """Whether a line is a piece of one of the form's fixed sentences, cut where a client
    wrapped it (five words at least, so an answer's note of a few words never is)."""
    words = _LETTERS.findall(folded)
    if len(words) < 4 or not _FORM_WORDS.issuperset(words):
        return False  # (cheap: most lines hold a word the form's sentences do not)
    line = _plain(folded)
    if len(line.split()) < 5:
        return False
    return any(line in sentence for sentence in _PLAIN_SENTENCES)


def _plain(text: str) -> str:
    return _NUMBERS.sub("0", " ".join(text.split())).replace(" days", " day")


_PLAIN_SENTENCES = tuple(_plain(sentence) for sentence in FORM_SENTENCES)
_LETTERS = re.compile(r"[^\W\d_]+")
_MONTHS = (
    "jan feb mar apr may jun jul aug sep oct nov dec january february march april june july "
    "august september october november december"
)
_FORM_WORDS = frozenset(
    {w for sentence in FORM_SENTENCES for w in _LETTERS.findall(sentence)}
    | {*_MONTHS.split(), "day"}
)


# The form's own lines, when a client pastes the form without quoting it: never answers.
FORM_LINES = re.compile(
    r"^(?:(?:was )?due \d{1,2} \w{3,9}\.? \d{4}, (?:due|overdue)\b.*"
    r"|please answer with one of: .*"
    r"|prefer clicking\? .*"
    r"|open my status page(?: all green this week)?"  # the form's buttons, as text
    r"|set this week: green yellow red"  # an item's flag links, as text (_items.md)
    r"|a link opens your status page with that flag chosen.*"
    r"|(?:this key result|these key results) ended last week, not as planned.*"
    r"|if you like, say what kind of miss it was.*"  # its "Looking back" section
    r"|#\d+ .{1,200}: (?:its due date, \d{1,2} \w{3} \d{4}, passed before it was done"
    r"|done, later than first planned)\.?"  # a key result it looks back on (mailers/form.py)
    r"|your key results[:.]?"  # the heading above the form's items
    r"|you get this email because .*"
    r"|this is your weekly status for week .*"
    r"|a reminder: for week .*"  # the reminder's own lines
    r"|a red flag is fine; silence is the only answer that hurts\.?"
    r"|or type your answer under each item below.*"
    r"|reply to this email with one line per key result.*"
    r"|(?:thank you\. )?this is what we recorded for week .*"
    r"|nothing was recorded for week .*"
    r"|to correct anything, reply to this email.*"
    r"|we could not tell which flag you meant.*"
    r"|these lines were not understood:?"
    r"|these could not be done:?)$",
    re.IGNORECASE,
)
# The headings of the form's own sections above the key results (templates/email/form.md):
# what stands under them is the form's text (news of other people's key results, thanks),
# never an answer, down to the "Your key results" heading or a key result's own heading.
FORM_SECTION = re.compile(
    r"^(?:what you depend on(?:,? last week)?|thanks since your last form|looking back)"
    r"\s*[:.]?$"
)
FORM_ITEMS = re.compile(r"^your key results\s*[:.]?$")
# The form's introduction: after it, its example answers are the form's, not the person's.
FORM_INTRO = re.compile(
    r"^(?:this is your weekly status for week|reply to this email with one line"
    r"|a reminder: for week)"
)
# The header row of a table of answers ("| KR | Status | Note |").
TABLE_HEADER = re.compile(
    r"^(?:(?:kr|key results?|ref|#|status|flag|colou?r|rag|note|notes|comments?|score|title|"
    r"objective|progress|item|this week)(?:\s*\|\s*|\s+|\s*$)){2,}$"
)
# The form's "Last week:" line: as the form prints it ("[YELLOW] note", "YELLOW note" from
# its HTML, "no report") it is last week's; typed over ("Last week: green - ...") or with an
# arrow to a new flag ("Last week: [GREEN] → yellow") it is an answer. "This week:" and
# "Status:" lines are answers.
LAST_WEEK = re.compile(r"^last week\s*:\s*(?P<rest>.*)$", re.IGNORECASE)
FORM_FLAG = re.compile(
    r"^(?:\[[A-Za-z]+\]|(?:GREEN|YELLOW|RED)(?![A-Za-z])|(?i:no report)\b)"
    r"(?!\s*(?:-+>|=>|[→⇒➜➔⟶]))"  # "[GREEN] → yellow": typed over, an answer
)
# A line a client wrapped right after the form's "Last week:" label.
_LABEL_AT_END = re.compile(r"last week\s*:\s*$", re.IGNORECASE)


def wrapped_last_week(previous: str, line: str) -> bool:
    """Whether `line` is last week's flag and note as the form prints them ("YELLOW Android
    crash fixed"), on the line after `previous` ended with the form's "Last week:" label: the
    form's text, wherever a client wrapped it, never an answer."""
    return bool(_LABEL_AT_END.search(previous)) and bool(FORM_FLAG.match(line.lstrip(" >")))


TYPED_OVER = re.compile(
    r"(?:last week|this week|status|diese woche|cette semaine|esta semana|questa settimana|"
    r"deze week|denna vecka|denne uke|denne uge|w tym tygodniu|tento týden|на этой неделе|"
    r"ten tydzień|bu hafta|den här veckan|denne uken|denne ugen|эта неделя|这周|這週|"
    r"цього тижня|今週|本周|stand|statut|estado(?: actual| atual)?|stato(?: attuale)?|"
    r"status atual|situação|situacao|situación|(?:my )?answer|reply|antwort|réponse|"
    r"respuesta|resposta|risposta|antwoord|svar)\s*[:：]\s*",
    re.IGNORECASE,
)
