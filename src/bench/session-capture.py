"""Turns what PostgreSQL logged (log_statement=all) for one POST and one GET of the service into pgbench scripts.

Usage: session-capture.py LOG SESSION_ID KEY CLINIC CLINICS OUTDIR
Writes OUTDIR/write-same.sql (the service's own statements for a write, values inlined, the session id, key and
clinic varied per transaction), OUTDIR/write-minimal.sql (one session row and one audit row), OUTDIR/read.sql
(the service's own statements for a GET) and OUTDIR/statements.txt (what was captured, for the reader).
"""
import re
import sys

log, session_id, key, clinic, clinics, out = sys.argv[1:7]
# log_line_prefix '%m [%p] %v ': time, process, virtual transaction id (empty outside a transaction)
prefix = re.compile(r"^\S+ \S+ \S+ \[(\d+)\] (\S*) ?(LOG|DETAIL|ERROR|STATEMENT):  (.*)$")
entries = []
for line in open(log, encoding="utf-8", errors="replace"):
    line = line.rstrip("\n")
    m = prefix.match(line)
    if m:
        entries.append({"pid": m.group(1), "xact": m.group(2), "kind": m.group(3), "text": m.group(4)})
    elif entries:
        entries[-1]["text"] += "\n" + line

statements = []  # ((pid, virtual transaction id), sql with parameters inlined)
for i, e in enumerate(entries):
    if e["kind"] != "LOG":
        continue
    m = re.match(r"(?s)(?:execute [^:]+|statement): (.*)", e["text"])
    if not m:
        continue
    sql = m.group(1).strip()
    detail = entries[i + 1] if i + 1 < len(entries) and entries[i + 1]["kind"] == "DETAIL" else None
    if detail and detail["text"].startswith("parameters: "):
        values = dict(re.findall(r"\$(\d+) = ('(?:[^']|'')*'|NULL)", detail["text"]))
        for n in sorted(values, key=int, reverse=True):
            sql = re.sub(r"\$" + n + r"(?!\d)", lambda _: values[n], sql)
    if sql:
        statements.append(((e["pid"], e["xact"]), sql))


def transaction(containing, last=False):
    """The statements of the transaction that sent a statement containing `containing` (its last such one if `last`):
    BEGIN to COMMIT, or the statements that one round trip sent as one implicit transaction."""
    sent = [i for i, (_, sql) in enumerate(statements) if containing in sql]
    at = sent[-1] if last else sent[0]
    return [sql for xact, sql in statements if xact == statements[at][0]]


def varied(sql):
    sql = sql.replace(session_id, "a0000000-0000-4000-8000-:r")
    sql = sql.replace(key, "key-:client_id-:r")
    return sql.replace(clinic, "bench-clinic-:c")


def script(txn, vary):
    body = [varied(s) if vary else s for s in txn if s.upper() not in ("BEGIN", "COMMIT")]
    lines = ["\\set r random(100000000000, 999999999999)", f"\\set c random(1, {clinics})"]
    if txn[0].upper() == "BEGIN":
        # BEGIN travels with the first statement, as the driver sends it: one round trip each, no more
        lines += ["BEGIN \\;"] + [s.rstrip(";") + ";" for s in body] + ["COMMIT;"]
    else:
        # several statements in one round trip, one implicit transaction (a compound command)
        lines += [s.rstrip(";") + " \\;" for s in body[:-1]] + [body[-1].rstrip(";") + ";"]
    return "\n".join(lines) + "\n"


write = transaction("pg_advisory_xact_lock")
read = transaction("from therapy_session", last=True)  # the GET follows the POST
with open(f"{out}/statements.txt", "w") as f:
    f.write("-- POST /api/v1/sessions\n" + "\n".join(write) + "\n\n-- GET /api/v1/sessions/{id}\n" + "\n".join(read) + "\n")
with open(f"{out}/write-same.sql", "w") as f:
    f.write(script(write, True))
with open(f"{out}/read.sql", "w") as f:
    f.write(script(read, False))

insert = next(s for s in write if "insert into therapy_session " in s)
# the audit row a write leaves, as its own statement (the service may send it inside another)
audit = f"""insert into audit_record (id, clinic_id, actor, roles, action, resource_type, resource_id, outcome, at)
values (nextval('audit_record_seq'), '{clinic}', 'bench-therapist', 'clinician', 'create', 'session', '{session_id}',
    'success', now())"""
document = re.search(r"cast\(('(?:[^']|'')*') as jsonb\)", insert).group(1)
minimal = f"""insert into therapy_session (id, clinic_id, patient_ref, therapist, session_date, status, version,
    pain_before, pain_after, document, created_at, created_by, updated_at, updated_by)
values ('{session_id}', '{clinic}', 'P-0001', 'bench-therapist', date '2026-11-20', 'recorded', 1, 6, 3,
    {document}, now(), 'bench-therapist', now(), 'bench-therapist')"""
with open(f"{out}/write-minimal.sql", "w") as f:
    f.write(script(["BEGIN", minimal, audit, "COMMIT"], True))
print(f"captured {len(write)} statements for a write, {len(read)} for a read")
