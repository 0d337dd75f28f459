"""`einwandfrei contacts-import`, run as a user runs it."""

from __future__ import annotations

from pathlib import Path

from einwandfrei.library_folder import open_data_folder
from einwandfrei.store.calls.customers import list_customers, read_customer
from tests.cli.conftest import Run

FIXTURES = Path(__file__).parents[1] / "interchange" / "fixtures" / "contacts"


def _customers(data_dir: Path) -> dict[str, tuple[str, str, str, str]]:
    with open_data_folder(data_dir, language="en") as library, library.read() as connection:
        details = [read_customer(connection, c.id or 0) for c in list_customers(connection)]
    return {d.name: (d.company, d.role, d.email, d.phone) for d in details}


def test_import_merge_and_dry_run(einwandfrei: Run, data_dir: Path) -> None:
    first = einwandfrei("contacts-import", str(FIXTURES / "outlook.csv"), check_exit=0)
    assert first.stdout.splitlines() == [
        "Recognised as a contact export of Outlook.",
        "New customers: 3; updated: 0; already up to date: 0.",
        "Entries without a name, left out: 1.",
    ]
    dry = einwandfrei("contacts-import", str(FIXTURES / "google.vcf"), "--dry-run", check_exit=0)
    assert dry.stdout == (
        "Dry run, nothing was changed. New customers: 0; updated: 2; already up to date: 0.\n"
    )
    assert _customers(data_dir)["Ben Frei"][3] == "+41 79 555 12 34"
    einwandfrei("contacts-import", str(FIXTURES / "google.vcf"), check_exit=0)
    customers = _customers(data_dir)
    assert set(customers) == {"Anna Keller", "Ben Frei", "Roth Bau AG"}
    assert customers["Anna Keller"] == (
        "Müller AG",
        "Head of Purchasing",
        "anna.keller@mueller-ag.ch",
        "+41 44 123 45 67",
    )
    again = einwandfrei("contacts-import", str(FIXTURES / "google.vcf"), check_exit=0)
    assert again.stdout == "New customers: 0; updated: 0; already up to date: 2.\n"


def test_columns_chosen_on_the_command_line(
    einwandfrei: Run, data_dir: Path, tmp_path: Path
) -> None:
    crm = tmp_path / "crm.csv"
    crm.write_text("Kunde;Betrieb;Mail\nAnna Keller;Müller AG;anna@x.ch\n", encoding="utf-8")
    refused = einwandfrei("contacts-import", str(crm), check_exit=1)
    assert refused.stderr == (
        "einwandfrei: The file cannot be imported: no column is recognised as the name "
        "(the columns are Kunde, Betrieb, Mail).\n"
    )
    einwandfrei(
        "contacts-import",
        str(crm),
        "--column",
        "name=Kunde",
        "--column",
        "company=betrieb",
        "--column",
        "email=Mail",
        check_exit=0,
    )
    assert _customers(data_dir) == {"Anna Keller": ("Müller AG", "", "anna@x.ch", "")}
    wrong = einwandfrei("contacts-import", str(crm), "--column", "name=Nope", check_exit=1)
    assert wrong.stderr == f"einwandfrei: The file {crm} has no column “Nope”.\n"
    bad = einwandfrei("contacts-import", str(crm), "--column", "nickname=Kunde", check_exit=1)
    assert "--column expects FIELD=HEADER" in bad.stderr


def test_a_refused_file_changes_nothing(einwandfrei: Run, data_dir: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.vcf"
    broken.write_bytes((FIXTURES / "apple.vcf").read_bytes() + b"BEGIN:VCARD\r\nFN:Half\r\n")
    result = einwandfrei("contacts-import", str(broken), check_exit=1)
    assert result.stderr.startswith(
        "einwandfrei: The file cannot be imported: its vCard data cannot be read ("
    )
    assert result.stderr.count("\n") == 1
    assert _customers(data_dir) == {}
    wrong = einwandfrei(
        "contacts-import", str(FIXTURES / "apple.vcf"), "--format", "csv", check_exit=1
    )
    assert "it is a vCard file, not CSV (use --format vcf)" in wrong.stderr
