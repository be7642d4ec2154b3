#!/usr/bin/env python3
"""Writes the sscp command's hostile-input corpus into src/test/resources/io/github/sscp/cli/hostile/.

Each case is one line of cases.tsv: a name, the exit code expected, a fragment the output must
hold (naming the place: a file and line, a pointer, an option), a file for stdin, set-up steps and
the command's arguments; the data files the cases read are written beside it. HostileInputsTest
runs every case in a JVM with a 256 MB heap. Only needed to change the corpus; run from sscp-cli:
    python3 scripts/make-hostile-corpus.py

The real rows come from police.uk (Hampshire Constabulary, October 2018) and the Home Office CSP
open data extract for Southampton and Portsmouth: Contains public sector information licensed
under the Open Government Licence v3.0.
"""
import os
import re
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
OUT = os.path.join(HERE, "..", "src", "test", "resources", "io", "github", "sscp", "cli", "hostile")
DATA = os.path.join(ROOT, "sscp-data", "src", "test", "resources", "io", "github", "sscp", "data")

cases = []
files = {}


def file(name, content):
    if isinstance(content, str):
        content = content.encode("utf-8")
    files[name] = content
    return "{hostile}/" + name


def case(name, exit_code, fragment, args, stdin="-", setup="-"):
    assert "\t" not in fragment and "\n" not in fragment, name
    cases.append((name, exit_code, fragment, stdin, setup, args))


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


# --- real rows --------------------------------------------------------------------------------
STREET = read(os.path.join(DATA, "policeuk", "2018-10-hampshire-street.southampton-excerpt.csv"))
HEADER, *ROWS = STREET.splitlines()
ROWS = ROWS[:60]
HO = read(os.path.join(DATA, "homeoffice", "ho-csp-extract-excerpt.csv")).splitlines()
HO_HEADER, *HO_ROWS = HO
HO_SOUTHAMPTON = [r for r in HO_ROWS if ",Southampton," in r]
HO_PORTSMOUTH = [r for r in HO_ROWS if ",Portsmouth," in r]


def street(rows, header=HEADER, eol="\n"):
    return header + eol + eol.join(rows) + eol


def with_field(row, index, value):
    f = row.split(",")
    f[index] = value
    return ",".join(f)


# police.uk columns: 1 Month, 3 Falls within, 7 LSOA code, 8 LSOA name, 9 Crime type
KPI = "kpi --example southampton --data"

# --- police.uk street files ------------------------------------------------------------------
good = file("street-good.csv", street(ROWS))
case("police-uk: a clean month feeds anti-social behaviour", 0, "feeds: police-uk/anti-social-behaviour",
     KPI + " " + good)
case("police-uk: CRLF line endings and a byte-order mark", 0, "60 rows read",
     KPI + " " + file("street-crlf-bom.csv", "\ufeff" + street(ROWS, eol="\r\n")))
case("police-uk: a wrong header", 1, "unknown kind of data file",
     KPI + " " + file("street-bad-header.csv", street(ROWS, header=HEADER.replace("Crime type", "Offence"))))
case("police-uk: a month that is not YYYY-MM", 1, "street-bad-month.csv:3: bad month",
     KPI + " " + file("street-bad-month.csv", street([ROWS[0], with_field(ROWS[1], 1, "Oct 2018")] + ROWS[2:])))
case("police-uk: a month before police.uk began", 1, "street-old-month.csv:2: month out of range",
     KPI + " " + file("street-old-month.csv", street([with_field(ROWS[0], 1, "2009-01")] + ROWS[1:])))
case("police-uk: a month in the far future", 1, "street-future-month.csv:2: month out of range",
     KPI + " " + file("street-future-month.csv", street([with_field(ROWS[0], 1, "2099-01")] + ROWS[1:])))
case("police-uk: a bad row is used with --lenient", 0, "street-future-month.csv:2: month out of range",
     KPI + " {hostile}/street-future-month.csv --lenient")
case("police-uk: an unknown crime type", 1, "street-unknown-type.csv:2: unknown crime type",
     KPI + " " + file("street-unknown-type.csv", street([with_field(ROWS[0], 9, "Jaywalking")] + ROWS[1:])))
case("police-uk: too few fields", 1, "street-short-row.csv:4: wrong number of fields",
     KPI + " " + file("street-short-row.csv", street(ROWS[:2] + ["a,b,c"] + ROWS[2:])))
case("police-uk: a control character in a crime type is shown escaped", 1, "\\u001B",
     KPI + " " + file("street-escape.csv", street([with_field(ROWS[0], 9, "Burglary\x1b[2J")] + ROWS[1:])))
case("police-uk: a bidirectional override is shown escaped", 1, "\\u202E",
     KPI + " " + file("street-bidi.csv", street([with_field(ROWS[0], 9, "Burglary\u202e")] + ROWS[1:])))
case("police-uk: only the header", 1, "street-header-only.csv: no police.uk street-level crime row was read",
     KPI + " " + file("street-header-only.csv", HEADER + "\n"))
case("police-uk: every row outside the area", 1, "none of its",
     KPI + " " + file("street-elsewhere.csv", street([with_field(with_field(r, 8, "Portsmouth 001A"), 7, "E01017000") for r in ROWS])))
case("police-uk: an empty file", 1, "unknown kind of data file",
     KPI + " " + file("street-empty.csv", ""))
case("police-uk: a field of 5,000 characters", 1, "street-long-field.csv:2",
     KPI + " " + file("street-long-field.csv", street([with_field(ROWS[0], 6, "x" * 5000)] + ROWS[1:])))
case("police-uk: a quoted field with a line break", 1, "street-newline.csv:2",
     KPI + " " + file("street-newline.csv", street([with_field(ROWS[0], 6, '"On or near\nthe sea"')] + ROWS[1:])))
case("police-uk: a file named .csv that is binary", 1, "unknown kind of data file",
     KPI + " " + file("street-binary.csv", bytes(range(256)) * 4))
case("police-uk: a .zip that is not a zip", 1, "not a zip archive",
     KPI + " " + file("not-a-zip.zip", "this is text, not an archive\n"))
case("police-uk: an empty .zip", 1, "not a zip archive", KPI + " {hostile}/empty.zip")
case("police-uk: a zip inside a zip", 1, "an archive inside an archive", KPI + " {hostile}/zip-in-zip.zip")
case("police-uk: a zip of the month", 0, "feeds: police-uk/anti-social-behaviour", KPI + " {hostile}/month.zip")
case("police-uk: an empty folder", 1, "no police.uk street file", KPI + " {hostile}/empty-folder")
case("police-uk: a folder with only notes", 1, "no police.uk street file", KPI + " {hostile}/notes-folder")
case("police-uk: a folder with a month", 0, "month-folder: police.uk street-level crime, 1 file", KPI + " {hostile}/month-folder")
case("police-uk: the same month twice, by file and folder", 0, "read earlier in this import",
     KPI + " {hostile}/month-folder {hostile}/month-folder/2018-10-hampshire-street.csv --lenient")
case("police-uk: a missing file", 1, "no-such-street.csv: no such file", KPI + " {hostile}/no-such-street.csv")
case("police-uk: mixed with the example's quarters", 1, "mixes quarters",
     KPI + " " + good + " --measure police-uk/burglary=residential-burglary")
case("police-uk: a key no file holds", 2, "no data file holds the key 'police-uk/robbery-of-banks'",
     KPI + " " + good + " --measure police-uk/robbery-of-banks=asb-incidents")
case("police-uk: a measure the partnership does not have", 2, "the partnership has no measure 'burglaries'",
     KPI + " " + good + " --measure police-uk/burglary=burglaries")
case("police-uk: --measure without =", 2, "--measure takes KEY=MEASURE", KPI + " " + good + " --measure burglary")
case("police-uk: report with a month of data", 0, "wrote",
     "report --example southampton --data " + good + " --as-of 2026-03-31 --out {tmp}/r.html")

# --- Home Office tables ----------------------------------------------------------------------
ho = file("ho-good.csv", HO_HEADER + "\n" + "\n".join(HO_SOUTHAMPTON + HO_PORTSMOUTH) + "\n")
case("home office: the partnership and a peer", 0, "feeds: burglary_residential → residential-burglary", KPI + " " + ho)
case("home office: a wrong header", 1, "unknown kind of data file",
     KPI + " " + file("ho-bad-header.csv", HO_HEADER.replace("offences", "count") + "\n" + "\n".join(HO_SOUTHAMPTON) + "\n"))
case("home office: a bad quarter", 1, "ho-bad-quarter.csv:2: bad quarter",
     KPI + " " + file("ho-bad-quarter.csv", HO_HEADER + "\n" + HO_SOUTHAMPTON[0].replace(",2015/16,1,", ",2015/16,5,") + "\n" + "\n".join(HO_SOUTHAMPTON[1:]) + "\n"))
case("home office: a count that is not a number", 1, "ho-bad-count.csv:2: bad count",
     KPI + " " + file("ho-bad-count.csv", HO_HEADER + "\n" + HO_SOUTHAMPTON[0].rsplit(",", 1)[0] + ",lots\n" + "\n".join(HO_SOUTHAMPTON[1:]) + "\n"))
case("home office: a negative correction row is kept and flagged", 0, "negative count kept",
     KPI + " " + file("ho-correction.csv", HO_HEADER + "\n" + "\n".join(HO_SOUTHAMPTON) + "\n" + HO_SOUTHAMPTON[0].rsplit(",", 1)[0] + ",-3\n"))
case("home office: a quarter whose total is negative", 1, "ho-negative.csv (burglary_residential): value -3",
     KPI + " " + file("ho-negative.csv", HO_HEADER + "\n" + HO_SOUTHAMPTON[0].rsplit(",", 1)[0] + ",-3\n" + "\n".join(HO_SOUTHAMPTON[1:]) + "\n"))
big = HO_SOUTHAMPTON[0].rsplit(",", 1)[0] + ",9999999999999"
case("home office: counts that overflow a total", 1, "bad count",
     "ingest ho-csp " + file("ho-overflow.csv", HO_HEADER + "\n" + "\n".join([big] * 10) + "\n".join([""] + HO_SOUTHAMPTON[1:]) + "\n") + " --csp Southampton")
case("home office: the partnership is not in the table", 1, "no row is for 'Southamptn'",
     "kpi --example southampton --data " + ho + " --area Southamptn")
case("home office: ingest names the nearest partnership", 1, "nearest: Southampton",
     "ingest ho-csp " + ho + " --csp Southamton")
case("home office: ingest of a police.uk file", 1, "not a Home Office CSP table",
     "ingest ho-csp " + good + " --csp Southampton")
case("home office: ingest of a missing file", 2, "no such file", "ingest ho-csp {hostile}/none.csv --csp Southampton")
case("home office: only force-area rows", 1, "none of its",
     KPI + " " + file("ho-forces.csv", HO_HEADER + "\n" + "\n".join(r.replace(",CSP,", ",PFA,") for r in HO_SOUTHAMPTON) + "\n"))
case("home office: an offence no measure takes", 1, "no offence in it feeds a measure",
     KPI + " " + file("ho-other-offence.csv", HO_HEADER + "\n" + "\n".join(r.replace("burglary_residential", "shoplifting_big") for r in HO_SOUTHAMPTON if "burglary_residential" in r) + "\n"))
case("home office: many distinct area types are counted, not listed", 1, "not a partnership's row",
     KPI + " " + file("ho-area-types.csv", HO_HEADER + "\n" + "\n".join(r.replace(",CSP,", ",T%d," % i) for i, r in enumerate(HO_SOUTHAMPTON)) + "\n"))
case("home office: a row of the wrong width", 1, "ho-wide.csv:2: wrong number of fields",
     KPI + " " + file("ho-wide.csv", HO_HEADER + "\n" + HO_SOUTHAMPTON[0] + ",extra\n" + "\n".join(HO_SOUTHAMPTON[1:]) + "\n"))
case("home office: ingest writes tidy rows with the area", 0, "burglary-residential,2024/25 Q1,213,E22000120",
     "ingest ho-csp " + ho + " --csp Southampton")
case("home office: ingest as a document", 0, "\"kind\" : \"data-import\"", "ingest ho-csp " + ho + " --csp Southampton --format json")

# --- tidy files ------------------------------------------------------------------------------
TIDY = "measure,period,value\n"
ASB = "".join("asb-incidents,2024-%02d,%d\n" % (m, 400 + m) for m in range(1, 13))
tidy_good = file("tidy-good.csv", TIDY + ASB)
case("tidy: a year of anti-social behaviour", 0, "feeds: asb-incidents", KPI + " " + tidy_good)
case("tidy: every row bad", 1, "none of its 12 rows was usable",
     KPI + " " + file("tidy-all-bad.csv", TIDY + re.sub(r",(\d+)\n", r",\1x\n", ASB)))
case("tidy: every row bad, even with --lenient", 1, "none of its 12 rows was usable",
     KPI + " {hostile}/tidy-all-bad.csv --lenient")
case("tidy: a missing column", 1, "unknown kind of data file", KPI + " " + file("tidy-no-value.csv", "measure,period\nasb-incidents,2024-01\n"))
case("tidy: an unknown column", 1, "column 'colour' is unknown", KPI + " " + file("tidy-colour.csv", "measure,period,value,colour\nasb-incidents,2024-01,1,red\n"))
case("tidy: a repeated column", 1, "is repeated", KPI + " " + file("tidy-twice.csv", "measure,period,value,value\nasb-incidents,2024-01,1,2\n"))
case("tidy: a measure id with capitals", 1, "tidy-bad-id.csv:2: bad measure id", KPI + " " + file("tidy-bad-id.csv", TIDY + "ASB,2024-01,1\n"))
case("tidy: a period that is not one", 1, "tidy-bad-period.csv:2: bad period", KPI + " " + file("tidy-bad-period.csv", TIDY + "asb-incidents,January,1\n"))
case("tidy: month 13", 1, "tidy-month-13.csv:2: bad period", KPI + " " + file("tidy-month-13.csv", TIDY + "asb-incidents,2024-13,1\n"))
case("tidy: 30 February in a range", 1, "tidy-feb-30.csv:2: bad period", KPI + " " + file("tidy-feb-30.csv", TIDY + "asb-incidents,2024-02-01/2024-02-30,1\n"))
case("tidy: an area that is not a GSS code", 1, "tidy-bad-area.csv:2: bad area", KPI + " " + file("tidy-bad-area.csv", "measure,period,value,area\nasb-incidents,2024-01,1,Southampton\n"))
case("tidy: a status that is not one", 1, "tidy-bad-status.csv:2: bad status", KPI + " " + file("tidy-bad-status.csv", "measure,period,value,status\nasb-incidents,2024-01,1,guessed\n"))
case("tidy: a revised row cannot name what it revises", 1, "tidy-revised.csv:2", KPI + " " + file("tidy-revised.csv", "measure,period,value,status\nasb-incidents,2024-01,1,revised\n"))
case("tidy: a missing value", 1, "tidy-no-value-row.csv:2: missing value", KPI + " " + file("tidy-no-value-row.csv", TIDY + "asb-incidents,2024-01,\n"))
case("tidy: a suppressed row has no value", 0, "feeds: asb-incidents", KPI + " " + file("tidy-suppressed.csv", "measure,period,value,status\n" + ASB.replace(",401\n", ",,suppressed\n", 1).replace("\n", ",final\n").replace(",,suppressed,final", ",,suppressed")))
for name, value in [("exponent", "1e5"), ("hex", "0x10"), ("java-suffix", "5d"), ("thousands", "\"1,000\""), ("nan", "NaN"), ("infinity", "Infinity"), ("too-long", "1" * 16), ("plus", "+5")]:
    case("tidy: a value written " + name.replace("-", " "), 1, "bad value",
         KPI + " " + file("tidy-value-%s.csv" % name, TIDY + "asb-incidents,2024-01,%s\n" % value))
case("tidy: the same month twice", 1, "tidy-duplicate.csv:3: duplicate row: line 2 already gives asb-incidents for 2024-01",
     KPI + " " + file("tidy-duplicate.csv", TIDY + "asb-incidents,2024-01,1\nasb-incidents,2024-01,2\n"))
case("tidy: a month and a range of the same days", 1, "duplicate row",
     KPI + " " + file("tidy-duplicate-days.csv", TIDY + "asb-incidents,2024-01,1\nasb-incidents,2024-01-01/2024-02-01,2\n"))
case("tidy: a measure the partnership does not have", 1, "tidy-unknown-measure.csv:2: 'burglaries' is not a measure of the partnership",
     KPI + " " + file("tidy-unknown-measure.csv", TIDY + "burglaries,2024-01,3\n"))
case("tidy: months for a quarterly measure", 1, "mixes quarters",
     KPI + " " + file("tidy-months-for-quarters.csv", TIDY + "residential-burglary,2026-01,70\n"))
case("tidy: months and quarters in one file", 1, "mixes",
     KPI + " " + file("tidy-mixed.csv", TIDY + "asb-incidents,2024-01,1\nasb-incidents,2024/25 Q2,3\n"))
case("tidy: a formula in the source", 0, "feeds: asb-incidents",
     KPI + " " + file("tidy-formula.csv", "measure,period,value,source\n" + ASB.replace("\n", ",=HYPERLINK(\"x\")\n")))
case("tidy: a line of 10,000 characters", 1, "tidy-long-line.csv:2",
     KPI + " " + file("tidy-long-line.csv", TIDY + "asb-incidents,2024-01," + "9" * 10000 + "\n"))
case("tidy: the area given, the partnership's own code", 0, "feeds: asb-incidents",
     KPI + " " + file("tidy-own-code.csv", "measure,period,value,area\n" + ASB.replace("\n", ",E22000120\n")))
case("tidy: written by ingest and read back", 0, "feeds: residential-burglary",
     KPI + " {hostile}/ingested-tidy.csv")

# --- series for spc --------------------------------------------------------------------------
MONTHS = "".join("2024-%02d,%d\n" % (m, 10 + m % 3) for m in range(1, 13))
file("series-good.csv", "period,value\n" + MONTHS)
case("spc: a header and a year of months", 0, "variation:", "spc {hostile}/series-good.csv")
case("spc: from stdin", 0, "variation:", "spc", stdin="series-good.csv")
case("spc: a value header", 0, "variation:", "spc " + file("series-values.csv", "value\n1\n2\n3\n4\n"))
case("spc: a header that is not one", 1, "series-bad-header.csv:1: 'month,count' is not a value", "spc " + file("series-bad-header.csv", "month,count\n" + MONTHS))
for name, value in [("hex-float", "0x1p3"), ("java-double", "5d"), ("exponent", "1e3"), ("nan", "NaN"), ("infinity", "Infinity"), ("words", "ten"), ("comma-decimal", "3,5")]:
    case("spc: a value written " + name.replace("-", " "), 1, "series-%s.csv:3" % name,
         "spc " + file("series-%s.csv" % name, "value\n1\n" + value + "\n3\n"))
case("spc: a value beyond 10^12", 1, "series-huge.csv:3: 10000000000000 is larger than 10^12", "spc " + file("series-huge.csv", "value\n1\n10000000000000\n3\n"))
case("spc: a negative value beyond 10^12", 1, "is larger than 10^12", "spc " + file("series-huge-negative.csv", "value\n1\n-10000000000000\n3\n"))
case("spc: a flat series of large numbers", 0, "common cause", "spc " + file("series-flat-large.csv", "value\n" + "900000000000\n" * 15))
case("spc: nothing but comments", 1, "series-comments.csv: no values", "spc " + file("series-comments.csv", "# nothing\n\n# here\n"))
case("spc: an empty file", 1, "series-empty.csv: no values", "spc " + file("series-empty.csv", ""))
case("spc: a period twice", 1, "series-twice.csv:2: 2024-01 is already on line 1", "spc " + file("series-twice.csv", "2024-01,1\n2024-01,2\n"))
case("spc: months and quarters", 1, "series-kinds.csv:2", "spc " + file("series-kinds.csv", "2024-01,1\n2024/25 Q2,2\n"))
case("spc: some lines with periods, some without", 1, "series-some-periods.csv:2: every line needs a period", "spc " + file("series-some-periods.csv", "2024-01,1\n2\n"))
case("spc: three fields", 1, "series-three.csv:1: expected a value or period,value", "spc " + file("series-three.csv", "2024-01,1,2\n"))
case("spc: a line of 300 characters", 1, "series-long.csv:2: the line is longer than 200", "spc " + file("series-long.csv", "value\n" + "1" * 300 + "\n"))
case("spc: bytes that are not UTF-8", 1, "not UTF-8", "spc " + file("series-latin1.csv", "value\n1\n\xe9\n".encode("latin-1")))
case("spc: a bad period", 1, "series-bad-period.csv:1", "spc " + file("series-bad-period.csv", "2024-13,1\n"))
case("spc: --fix-after below 12", 1, "12", "spc {hostile}/series-good.csv --fix-after 5")
case("spc: --improvement up", 2, "--improvement takes increase, decrease or neutral", "spc {hostile}/series-good.csv --improvement up")
case("spc: --rebase at a position of plain values", 0, "variation:", "spc {hostile}/series-values.csv --rebase 3")
case("spc: --rebase not a position", 2, "--rebase: a series of plain values is rebased at 1-based positions", "spc {hostile}/series-values.csv --rebase x")
case("spc: --target not a number", 2, "--target", "spc {hostile}/series-good.csv --target lots")
case("spc: --target beyond 10^12", 2, "--target: a number no larger than 10^12", "spc {hostile}/series-good.csv --target 1e15")
case("spc: the 2023 two-in-three rule", 0, "variation:", "spc {hostile}/series-good.csv --mdc-2023 --inclusive-assurance --target 11")
case("spc: a missing file", 2, "no such file", "spc {hostile}/no-series.csv")
case("spc: as a document", 0, "\"kind\" : \"spc-analysis\"", "spc {hostile}/series-good.csv --format json")

# --- partnership files -----------------------------------------------------------------------
case("partnership: the example validates", 0, "valid", "validate {example}")
case("partnership: a missing file", 2, "no such file", "validate {hostile}/nobody.yaml")
case("partnership: a folder", 2, "is a folder", "validate {hostile}/empty-folder")
case("partnership: /dev/zero", 2, "larger than the limit of 16 MiB", "validate /dev/zero")
case("partnership: check of a folder", 2, "is a folder", "check {hostile}/empty-folder")
case("partnership: an empty file", 1, "the document is empty", "validate " + file("empty.yaml", ""))
case("partnership: binary bytes", 1, "not valid UTF-8", "validate " + file("binary.yaml", bytes(range(128, 256))))
case("partnership: flow-style YAML", 1, "the property \"nation\" is required", "validate " + file("flow.yaml", "{format: sscp, version: 1, kind: partnership, document: {id: x, name: X}}\n"))
case("partnership: an anchor on one value", 1, "/document/id (line 5, column 7): YAML anchors and aliases are not allowed",
     "validate " + file("anchor.yaml", "format: sscp\nversion: 1\nkind: partnership\ndocument:\n  id: &a x\n  name: X\n"))
case("partnership: a tag", 1, "YAML tags are not allowed", "validate " + file("tag.yaml", "format: sscp\nversion: 1\nkind: partnership\ndocument:\n  id: x\n  name: !!str X\n"))
case("partnership: ~ is null", 1, "/document/name (line 6, column 9): a value is required here, not null",
     "validate " + file("tilde.yaml", "format: sscp\nversion: 1\nkind: partnership\ndocument:\n  id: x\n  name: ~\n"))
case("partnership: a date with a plus sign", 1, "Cannot parse date from '+2024-07-01'", "validate {hostile}/plus-date.yaml")
case("partnership: a bare document", 1, "a bare document must be wrapped", "validate " + file("bare.yaml", "id: x\nname: X\n"))
case("partnership: version 2", 1, "upgrade sscp to read it", "validate " + file("version-2.yaml", "format: sscp\nversion: 2\nkind: partnership\ndocument: {id: x}\n"))
case("partnership: the wrong kind", 1, "expected \"kind\": \"partnership\"", "validate " + file("wrong-kind.yaml", "format: sscp\nversion: 1\nkind: board-pack\ndocument: {id: x}\n"))
case("partnership: months among quarters", 1, "mixes quarters", "validate {hostile}/mixed-kinds.yaml")
case("partnership: a reference to nothing", 1, "which does not exist", "validate {hostile}/dangling.yaml")
case("partnership: a bidirectional override in a name is escaped", 1, "\\u202E", "validate {hostile}/bidi-name.yaml")
case("partnership: the validation as a document", 1, "\"kind\" : \"validation\"", "validate {hostile}/dangling.yaml --format json")
case("partnership: kpi of an invalid file", 1, "which does not exist", "kpi {hostile}/dangling.yaml")
case("partnership: report of an invalid file", 1, "which does not exist", "report {hostile}/dangling.yaml --out {tmp}/r.html")
case("partnership: redact keeps a document", 0, "format: sscp", "redact {example}")
case("partnership: redact of a missing file", 2, "no such file", "redact {hostile}/nobody.yaml")

# --- arguments -------------------------------------------------------------------------------
case("arguments: a mistyped command", 2, "Did you mean", "valdate {example}")
case("arguments: a mistyped option", 2, "Possible solutions: --format", "check --example southampton --formt json")
case("arguments: a date that is not one", 2, "expected YYYY-MM-DD", "check --example southampton --as-of 1/7/2024")
case("arguments: 30 February", 2, "expected YYYY-MM-DD", "check --example southampton --as-of 2024-02-30")
case("arguments: the year 999999999", 2, "outside the years sscp reads", "report --example southampton --as-of +999999999-12-31 --out {tmp}/r.html")
case("arguments: compare the largest long with 1", 1, "add up to more than", "compare 9223372036854775807 1")
case("arguments: compare a negative count", 1, "counts must be 0 or more", "compare -1 3")
case("arguments: compare words", 2, "Invalid value", "compare many few")
case("arguments: compare a zero exposure", 1, "exposures must be positive", "compare 5 3 --exposure-a 0")
case("arguments: compare a confidence of 2", 1, "confidence must be between 0 and 1", "compare 5 3 --confidence 2")
case("arguments: compare as a document", 0, "\"kind\" : \"count-comparison\"", "compare 933 863 --format json")
case("arguments: kpi --as-of Q5", 2, "--as-of", "kpi --example southampton --as-of 2020/21_Q5")
case("arguments: report --out over an existing file", 2, "already exists; give --force", "report --example southampton --out {tmp}/mine.html", setup="touch:{tmp}/mine.html")
case("arguments: report --out over it with --force", 0, "wrote", "report --example southampton --out {tmp}/mine.html --force", setup="touch:{tmp}/mine.html")
case("arguments: report --out onto its own input", 2, "is one of the command's inputs", "report {tmp}/p.yaml --out {tmp}/p.yaml --force", setup="touch:{tmp}/p.yaml")
case("arguments: report --out a folder", 2, "is a folder", "report --example southampton --out {tmp} --force")
case("arguments: report --out onto a data file", 2, "is one of the command's inputs", "report --example southampton --data {tmp}/d.csv --out {tmp}/d.csv --force", setup="touch:{tmp}/d.csv")
case("arguments: example --out over an existing file", 2, "already exists", "example southampton --out {tmp}/mine.yaml", setup="touch:{tmp}/mine.yaml")
case("arguments: an unknown example", 2, "unknown example 'leeds'", "example leeds")
case("arguments: an unknown schema kind", 2, "unknown kind 'nonsense'", "schema nonsense")
case("arguments: ingest with nothing to ingest", 2, "name what to ingest", "ingest")
case("arguments: ingest police-uk without an area", 2, "Error: Missing required argument", "ingest police-uk " + good)
case("arguments: ingest police-uk with no match names the nearest area", 1, "nearest: Southampton", "ingest police-uk " + good + " --lsoa-prefix Southamptom")
case("arguments: ingest police-uk with an LSOA list", 0, "police-uk/", "ingest police-uk " + good + " --lsoa-codes " + file("lsoas.txt", "# two LSOAs\nE01017144\nE01017145\n"))
case("arguments: ingest police-uk with a bad LSOA list", 1, "bad-lsoas.txt:1: 'Southampton' is not an LSOA code", "ingest police-uk " + good + " --lsoa-codes " + file("bad-lsoas.txt", "Southampton\n"))
case("arguments: rules --format xml", 2, "Invalid value", "rules --format xml")
case("arguments: check --timeline of one date", 2, "--timeline takes FROM..TO", "check --example southampton --timeline 2024")
case("arguments: check --timeline backwards", 2, "is before", "check --example southampton --timeline 2024-07-01..2022-04-01")
case("arguments: check with neither file nor example", 2, "name a partnership file or --example", "check")
case("arguments: check with both", 2, "not both", "check {example} --example southampton")
case("arguments: --debug on example", 2, "unknown example", "example leeds --debug")
case("arguments: --debug on schema", 2, "unknown kind", "schema nonsense --debug")
case("arguments: --debug on redact", 2, "no such file", "redact {hostile}/nobody.yaml --debug")
case("arguments: --debug on ingest", 2, "no such file", "ingest ho-csp {hostile}/none.csv --csp X --debug")
for command in ["validate", "check", "kpi", "spc", "compare", "report", "schema", "redact", "rules", "example"]:
    case("help: %s shows its own example" % command, 0, "Example: sscp " + command, command + " --help")
case("help: ingest shows its own example", 0, "Example: sscp ingest", "ingest --help")
case("help: ingest police-uk shows its own example", 0, "Example: sscp ingest police-uk", "ingest police-uk --help")
case("help: generate-completion shows its own example", 0, "Example: source <(sscp generate-completion)", "generate-completion --help")


# --- files that are not single strings -------------------------------------------------------
def zip_bytes(entries):
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2018, 11, 1, 0, 0, 0))
            z.writestr(info, data)
    return buf.getvalue()


files["empty.zip"] = zip_bytes([])
files["month.zip"] = zip_bytes([("2018-10/2018-10-hampshire-street.csv", street(ROWS))])
files["zip-in-zip.zip"] = zip_bytes([("inner.zip", files["month.zip"])])
files["empty-folder/.keep"] = b""
files["notes-folder/readme.txt"] = b"not data\n"
files["month-folder/2018-10-hampshire-street.csv"] = street(ROWS).encode("utf-8")

EXAMPLE = read(os.path.join(ROOT, "examples", "southampton", "southampton-safe-city-partnership.yaml"))
files["plus-date.yaml"] = EXAMPLE.replace("date: 2024-07-01", "date: '+2024-07-01'", 1).encode("utf-8")
# the partnership as recorded for the last board holds its observations in the file
BEFORE = read(os.path.join(ROOT, "examples", "southampton", "southampton-safe-city-partnership-2022.yaml"))
files["mixed-kinds.yaml"] = BEFORE.replace("period: 2025/26 Q4", "period: 2026-01", 1).encode("utf-8")
files["dangling.yaml"] = EXAMPLE.replace("organisationId: hiow-constabulary", "organisationId: hampshire-police", 1).encode("utf-8")
files["bidi-name.yaml"] = EXAMPLE.replace("organisationId: hiow-constabulary", "organisationId: hampshire\u202epolice", 1).encode("utf-8")
files["ingested-tidy.csv"] = ("measure,period,value,area,status,source\n" + "".join(
    "residential-burglary,%s,%s,E22000120,final,Police recorded crime: Community Safety Partnership open data\n"
    % (r.split(",")[6] + " Q" + r.split(",")[7], r.split(",")[9])
    for r in HO_SOUTHAMPTON if "burglary_residential" in r)).encode("utf-8")

# --- write -----------------------------------------------------------------------------------
for name in list(os.listdir(OUT)) if os.path.isdir(OUT) else []:
    path = os.path.join(OUT, name)
    if os.path.isdir(path):
        import shutil
        shutil.rmtree(path)
    else:
        os.remove(path)
os.makedirs(OUT, exist_ok=True)
for name, content in files.items():
    path = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(content)
with open(os.path.join(OUT, "cases.tsv"), "w", encoding="utf-8") as f:
    f.write("# name\texit\tfragment\tstdin\tsetup\targuments  (written by scripts/make-hostile-corpus.py)\n")
    for name, exit_code, fragment, stdin, setup, args in cases:
        f.write("\t".join([name, str(exit_code), fragment, stdin, setup, args]) + "\n")
print(len(cases), "cases,", len(files), "files")
