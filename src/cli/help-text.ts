/** The help texts, kept together so they read as one manual. */

export const MAIN_HELP = `lurescan: reads job postings and says, with evidence, whether they carry the red flags
of fraudulent or trafficking recruitment.

Usage:
  lurescan score [FILE...] [--input jsonl|csv|text] [--format json|pretty] [--workers N]
                 [--rules PACK] [--model MODEL]
  lurescan explain [TEXT...] [--file FILE] [--format pretty|json] [--rules PACK] [--model MODEL]
  lurescan rules [--format table|json]
  lurescan eval FILE --label FIELD [--positive VALUE] [--format text|json] [--model MODEL]
  lurescan train FILE --label FIELD --out MODEL [--base-rate P]
  lurescan campaigns [FILE...] [--threshold J] [--min-size N] [--date-field NAME]
  lurescan help [COMMAND]
  lurescan --version

Commands:
  score     Score every posting in FILEs (or standard input) and write one result per posting.
  explain   Score one ad and print a readable report of its red flags.
  rules     List the rules the scanner applies.
  eval      Score a labelled file and measure the scores against its labels.
  train     Train a model (classifier and score weights) on a labelled file.
  campaigns Group near-duplicate postings and postings sharing a contact into campaigns.
  help      Show the help of a command.

Options:
  -h, --help      Show this help.
  -v, --version   Print the engine and rule-set versions.

Examples:
  lurescan score ads.jsonl --format pretty
  lurescan explain "Customer service in Cambodia, no experience, free visa, Telegram @hr"
`;

export const SCORE_HELP = `Usage: lurescan score [FILE...] [options]

Scores each posting in each FILE, or in standard input when no FILE (or '-') is given, and
writes one result per posting to standard output, in input order.

Options:
  -i, --input FORMAT    jsonl, json, csv or text. Default: from the file extension (.jsonl
                        .ndjson: jsonl; .json: json when it starts with '[', else jsonl;
                        .csv: csv; .txt: text), else guessed from the start of the input: a
                        first non-blank character '{' means jsonl, '[' json, a first line
                        with commas naming a known column means csv, anything else text.
  -f, --format FORMAT   json (default): one JSON object per line.
                        pretty: a readable report per posting, the words that raised each
                        flag highlighted (marked [[like this]] when not on a terminal),
                        then a summary.
  -w, --workers N       Score on N threads (json output): the main thread and N - 1 worker
                        threads; results stay in input order. Default: one per core,
                        started once an input passes 256 records; 1 scores on the main
                        thread alone. The main thread scores alone until a worker has
                        built its scanner, and whenever every worker has two batches. A worker that crashes costs only the batch it was
                        scoring (its records become error records in place); a new
                        worker goes on.
      --rules PACK      Also run the rules, and apply the allowlist, of a rule pack: a JSON
                        (or .yaml/.yml) file {"rules": [...], "allowlist": {"employers":
                        [{"name", "accounts", "emailDomains", "websiteDomains"}]}}. Checked,
                        and its examples run, before any input is read; a bad pack or a
                        failing example is a usage error naming the rule and field. Its
                        regexes run on a linear-time engine (RE2). A JSON record's
                        "verifiedPoster": {"account", "verifiedDomain"}, or a CSV row's
                        verified_poster_account and verified_poster_domain columns, is
                        what the board knows of who posted it, never read from the ad:
                        only it verifies an allowlisted employer.
      --model MODEL     Score with this trained model (from lurescan train) instead of the
                        built-in one. Checked before any input is read.
      --campaigns       Read the whole batch first, find its campaigns (see 'lurescan help
                        campaigns'; --threshold, --min-size, --date-field and --no-contacts
                        apply), and add a campaign.mass-template flag to each member of a
                        campaign whose template or contact serves several employers or
                        places. Verdicts are spooled to a temporary file meanwhile.
  -h, --help            Show this help.

Input formats:
  jsonl   One posting per line: a JSON object with posting fields (title, description,
          requirements, benefits, companyName, location, salary, contact, url, text, id, ...)
          or a JSON string holding an ad's text.
  json    One JSON array whose elements are postings as in jsonl ([{...}, {...}]); it is
          read whole, and each element's line is the line it starts on.
  csv     A header row, then one posting per row; quoted cells may span lines. EMSCAD columns
          are understood (job_id, company_profile, salary_range, employment_type,
          has_company_logo, has_questions, telecommuting, ...; company or company_name for
          companyName); other snake_case names map to camelCase fields. Empty cells are left
          out; boolean columns take 1/0, t/f, true/false or yes/no. The columns
          verified_poster_account and verified_poster_domain (or verifiedPosterAccount,
          verifiedPosterDomain) are the board's verified poster, as a JSON record's
          "verifiedPoster"; a malformed one is its row's error, naming the column.
  text    One ad per line.
  Input may be UTF-8 (a byte-order mark is skipped) or UTF-16 with a byte-order mark;
  CRLF line ends are accepted.

Output (json):
  {"line":N, ...verdict}
      for each posting. N is the line the posting starts on in its file; "file" is added
      when more than one file is given.
  {"line":N, "id":..., "error":{"message":"...", "issues":[{"path":[...], "message":"..."}]}}
      in the place of a record that cannot be scored: bad JSON, a value that is neither an
      object nor a string, a field of the wrong type, a CSV row with the wrong number of
      cells, or a blank line ("empty posting": blank lines are not skipped). "id" is there
      when the record has one. Nothing is dropped: one output per input record.

When any record failed, standard error ends with one line that says how many and where:
  lurescan score: 3 of 1,000 records failed (lines 4, 17, 90)

With no FILE, postings are read from standard input; on a terminal a note says so first
(end the input with Ctrl-D).

Progress is shown on standard error when it is a terminal and the results are not: records,
rate, and for files (whose size is known) the share read and the time left.
Set NO_COLOR to turn off colour and highlighting on a terminal.

Exit status:
  0   every record was scored
  1   at least one record could not be scored (each has an error record in its place; a
      record whose scoring worker crashed is one of them, and the run goes on)
  2   usage error, or an input could not be read (the other inputs are still scored)
  3   the run itself failed (an internal error): the output may be incomplete
`;

export const EXPLAIN_HELP = `Usage: lurescan explain [TEXT...] [options]

Scores one ad and prints a readable report: its risk and score, then each red flag with why
it matters and the words of the ad that raised it. The ad is TEXT (several words are joined
by spaces), or the whole of FILE, or standard input.

Options:
      --file FILE       Read the ad from FILE. A .json file holds one posting: a JSON object
                        with posting fields (title, description, ..., as in 'lurescan help
                        score') or a JSON string with the ad's text.
  -f, --format FORMAT   pretty (default) or json (the verdict as one JSON object).
      --rules PACK      Also run a rule pack (see 'lurescan help score').
      --model MODEL     Score with this trained model (from lurescan train).
  -h, --help            Show this help.

Exit status: 0 when the ad was scored, 1 when there was no text or the JSON posting is not
valid, 2 on a usage error or an unreadable file.
`;

export const RULES_HELP = `Usage: lurescan rules [options]

Lists the rules the scanner applies: id, severity, category, title and the sources each
rests on.

Options:
  -f, --format FORMAT   table (default) or json (every field of every rule).
  -h, --help            Show this help.
`;

export const EVAL_HELP = `Usage: lurescan eval FILE --label FIELD [options]

Scores every posting in FILE (JSON lines or CSV; '-' for standard input) and measures the
scores against the true class in FIELD: precision, recall, F1 and the confusion matrix when
postings at or above each risk level are flagged, PR-AUC and ROC-AUC of the score, with
bootstrap confidence intervals, and how often each rule fired on each class.

Options:
  -l, --label FIELD     The field (JSON lines) or column (CSV) holding the class. Required.
      --positive VALUE  A label value meaning fraudulent; repeat for several. Without it,
                        1, true, t, yes and y are positive.
      --negative VALUE  A label value meaning honest; repeat for several. Without it,
                        0, false, f, no and n are negative, or, when --positive is given,
                        every other value is.
  -i, --input FORMAT    jsonl or csv. Default: from the extension, else from the first line.
                        Plain text has no labels and is refused.
  -f, --format FORMAT   text (default): a readable report. json: one JSON object with stable
                        keys (see the README).
      --bootstrap N     Bootstrap resamples for the confidence intervals (default 1000;
                        0 for none). Each resample draws positives and negatives separately,
                        keeping the base rate; intervals are 95% percentile intervals.
      --seed N          Seed of the resampling, 0 to 2147483647, so a run reproduces
                        (default 1).
      --model FILE      Score with this trained model (from lurescan train) instead of the
                        built-in one.
      --rules PACK      Also run the rules (and allowlist) of a rule pack, as in score.
      --cv K            Instead of the built-in model, judge lurescan train on FILE itself:
                        K-fold cross-validation (e.g. 5), each posting scored by a model
                        trained on the other folds. Near-copies (word 5-gram Jaccard >= 0.5,
                        as templated fraud is) are grouped first and never split across
                        folds, so no template is both trained on and judged.
  -h, --help            Show this help.

Labels: values are compared as text, trimmed and in any case ("1", 1, true and "TRUE" alike).
A record with no label, a label that is neither positive nor negative, or a posting that
cannot be scored is skipped: reported on standard error with its line number, counted, and
listed in the JSON output; it never counts toward a metric.

Measures:
  precision  TP/(TP+FP); recall  TP/(TP+FN); F1  2TP/(2TP+FP+FN); false-positive rate
             FP/(FP+TN), with "positive" meaning risk >= the level.
  PR-AUC     Average precision: sum over score thresholds of (gain in recall) x precision,
             step-wise, without interpolation; tied scores are one step.
  ROC-AUC    Share of (positive, negative) pairs in which the positive scores higher,
             ties counting half (Mann-Whitney).
  Best F1    The threshold on the score with the highest F1, chosen on the same data.
  S/O        Per rule: POS% / (POS% + NEG%), SpamAssassin's ratio of the class-normalised
             hit rates: 1 fires only on positives, 0.5 cannot tell them apart.

Examples:
  lurescan eval ads.jsonl --label fraudulent
  lurescan eval emscad.csv --label fraudulent --format json
  lurescan eval ads.jsonl --label label --positive fake --negative real
  lurescan eval my-ads.jsonl --label fraudulent --cv 5

Exit status:
  0   every record was evaluated, and both classes are present
  1   at least one record was skipped, or a class is missing (the report is still printed)
  2   usage error, or FILE could not be read (nothing is evaluated)
`;

export const TRAIN_HELP = `Usage: lurescan train FILE --label FIELD --out MODEL [options]

Trains a model on the labelled postings in FILE (JSON lines or CSV; '-' for standard input):
the text classifier, then the weights that combine it with the built-in rules and the risk
thresholds, all at a realistic fraud rate. Writes MODEL (JSON: weights only, no training
text), for createScanner({ model }) and --model. The same data gives the same file.

Options:
  -l, --label FIELD     The field or column holding the class, read as by eval. Required.
      --positive VALUE  A label value meaning fraudulent (repeatable); as in eval.
      --negative VALUE  A label value meaning honest (repeatable); as in eval.
  -o, --out MODEL       Where to write the model. Required.
  -i, --input FORMAT    jsonl or csv. Default: from the extension, else from the first line.
      --base-rate P     The share of fraud the probabilities are calibrated to, between 0 and
                        1 (default 0.05, about what job boards see).
  -h, --help            Show this help.

Needs at least 10 postings of each class. A record with no readable label, or one that is
not a valid posting, is skipped and reported on standard error with its line number; the
exit status is then 1, but the model is still written.
`;

export const CAMPAIGNS_HELP = `Usage: lurescan campaigns [FILE...] [options]

Scores every posting in each FILE (or standard input), groups them into campaigns and writes
one JSON line per campaign. Two postings are in one campaign when their texts are
near-duplicates (MinHash over word 3-grams with LSH; digits count as one digit, so changed
numbers do not matter) or when they share a contact (messenger handle, phone number or
email address from the verdict), and so on transitively. Inputs are read as by score.

Options:
  -i, --input FORMAT    jsonl, csv or text, as in score.
  -w, --workers N       Score on N worker threads (default: one per core, as in score).
      --threshold J     Least Jaccard similarity of word 3-gram sets to join two texts
                        (estimated from 64 MinHash values). Default 0.5.
      --min-size N      Fewest postings in a campaign. Default 2.
      --date-field NAME A field holding the posting's date (ISO 8601 or epoch ms); may be
                        repeated. Default: date, postedAt, posted_at, datePosted, date_posted,
                        posted, published, createdAt, created_at.
      --no-contacts     Join postings by their texts only.
      --score-members N Score the first N members of each campaign (default 16; 'all' for
                        every one): their verdicts make the campaign's "risk", whose "scored"
                        says how many. Postings are indexed from their facts (contacts,
                        places) without scoring, and only campaign members are scored.
      --rules PACK, --model MODEL   As in score.
  -h, --help            Show this help.

Output: one line per campaign, in the order of its first member:
  {"campaign":1, "size":N, "members":[{"id", "line", "file"}], "template":{"text":
  "... {{1}} ...", "slots":[{"slot":1, "values":[...]}], "samples":N}, "links":{"text":N,
  "contact":N}, "contacts":[{"channel", "value", "members"}], "employers":[{"value",
  "members"}], "places":[...], "dates":{"first", "last", "members"} | null, "risk":{"max",
  "counts", "meanScore", "maxScore", "scored"}, "signals":{"employers", "places",
  "contactAcrossEmployers"}}
  The template is drawn from the first 8 members. A record that cannot be scored is
  reported on standard error with its line; a summary line follows there at the end.
  Progress is shown on standard error when it is a terminal.

Exit status: 0 every record was scored; 1 some record could not be scored; 2 usage error
or an unreadable input; 3 the run itself failed.
`;

export const COMMAND_HELP = {
  campaigns: CAMPAIGNS_HELP,
  score: SCORE_HELP,
  explain: EXPLAIN_HELP,
  rules: RULES_HELP,
  eval: EVAL_HELP,
  train: TRAIN_HELP,
  help: 'Usage: lurescan help [COMMAND]\n\nShows the help of COMMAND (score, explain, rules, eval, train or campaigns), or the overview.\n',
} as const;

export type CommandName = keyof typeof COMMAND_HELP;
