/** The help texts, kept together so they read as one manual. */

export const MAIN_HELP = `lurescan: reads job postings and says, with evidence, whether they carry the red flags
of fraudulent or trafficking recruitment.

Usage:
  lurescan score [FILE...] [--input jsonl|csv|text] [--format json|pretty] [--rules PACK]
  lurescan explain [TEXT...] [--file FILE] [--format pretty|json] [--rules PACK]
  lurescan rules [--format table|json]
  lurescan help [COMMAND]
  lurescan --version

Commands:
  score     Score every posting in FILEs (or standard input) and write one result per posting.
  explain   Score one ad and print a readable report of its red flags.
  rules     List the rules the scanner applies.
  help      Show the help of a command.

Options:
  -h, --help      Show this help.
  -v, --version   Print the engine and rule-set versions.

Example:
  lurescan score fixtures/sample-ads.jsonl --format pretty
`;

export const SCORE_HELP = `Usage: lurescan score [FILE...] [options]

Scores each posting in each FILE, or in standard input when no FILE (or '-') is given, and
writes one result per posting to standard output, in input order.

Options:
  -i, --input FORMAT    jsonl, csv or text. Default: from the file extension (.jsonl .ndjson
                        .json: jsonl; .csv: csv; .txt: text), else guessed from the start of
                        the input: a first non-blank character '{' means jsonl, a first line
                        with commas naming a known column means csv, anything else text.
  -f, --format FORMAT   json (default): one JSON object per line.
                        pretty: a readable report per posting, the words that raised each
                        flag highlighted (marked [[like this]] when not on a terminal),
                        then a summary.
      --rules PACK      Also run the rules, and apply the allowlist, of a rule pack: a JSON
                        (or .yaml/.yml) file {"rules": [...], "allowlist": {"employers":
                        [{"name", "emailDomains", "websiteDomains"}]}}. Checked before any
                        input is read; a bad pack is a usage error naming the rule and field.
  -h, --help            Show this help.

Input formats:
  jsonl   One posting per line: a JSON object with posting fields (title, description,
          requirements, benefits, companyName, location, salary, contact, url, text, id, ...)
          or a JSON string holding an ad's text.
  csv     A header row, then one posting per row; quoted cells may span lines. EMSCAD columns
          are understood (job_id, company_profile, salary_range, employment_type,
          has_company_logo, has_questions, telecommuting, ...; company or company_name for
          companyName); other snake_case names map to camelCase fields. Empty cells are left
          out; boolean columns take 1/0, t/f, true/false or yes/no.
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

Progress is shown on standard error when it is a terminal and the results are not.
Set NO_COLOR to turn off colour and highlighting on a terminal.

Exit status:
  0   every record was scored
  1   at least one record could not be scored
  2   usage error, or an input could not be read (the other inputs are still scored)
`;

export const EXPLAIN_HELP = `Usage: lurescan explain [TEXT...] [options]

Scores one ad and prints a readable report: its risk and score, then each red flag with why
it matters and the words of the ad that raised it. The ad is TEXT (several words are joined
by spaces), or the whole of FILE, or standard input.

Options:
      --file FILE       Read the ad from FILE.
  -f, --format FORMAT   pretty (default) or json (the verdict as one JSON object).
      --rules PACK      Also run a rule pack (see 'lurescan help score').
  -h, --help            Show this help.

Exit status: 0 when the ad was scored, 1 when there was no text, 2 on a usage error or an
unreadable file.
`;

export const RULES_HELP = `Usage: lurescan rules [options]

Lists the rules the scanner applies: id, severity, category, title and the sources each
rests on.

Options:
  -f, --format FORMAT   table (default) or json (every field of every rule).
  -h, --help            Show this help.
`;

export const COMMAND_HELP = {
  score: SCORE_HELP,
  explain: EXPLAIN_HELP,
  rules: RULES_HELP,
  help: 'Usage: lurescan help [COMMAND]\n\nShows the help of COMMAND (score, explain or rules), or the overview.\n',
} as const;

export type CommandName = keyof typeof COMMAND_HELP;
