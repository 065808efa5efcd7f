//! The desk end to end on a temporary data folder and corpus: accounts, submit, conflicts,
//! approve, reject, and what each leaves in the audit log.

use std::fs;

use crate::*;

const VALID: &str = r#"+++
title = "Neighbourhood welcome walks"
summary = "Volunteers walk newcomers through their new neighbourhood and introduce them to local services."
city = "Riga"
country = "LV"
organisations = ["Riga City Council"]
domains = ["interaction"]
key_features = []
themes = ["welcoming-services", "neighbourhoods"]
target_groups = ["newcomers"]
status = "pilot"
lang = "en"
license = "CC-BY-4.0"
source = "Written for the tests of the submission desk."

[period]
start = "2022-03"

[contact]
organisation = "Riga City Council"
+++

## Context

Newcomers often did not know where the library, the clinic or the school of their district were, and felt alone in their first weeks.

## What was done

Volunteers from the neighbourhood walked with small groups of newcomers every Saturday, showing them the services, shops and parks nearby and answering their questions.
"#;

struct Setup {
    _dir: tempfile::TempDir,
    desk: Desk,
    partner: Account,
    corpus: std::path::PathBuf,
}

fn setup() -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    fs::create_dir_all(corpus.join("riga")).unwrap();
    let desk = Desk::new(&dir.path().join("data"), &corpus);
    let admin = Actor::local("tester");
    let (partner, _) = desk
        .add_account(
            &admin,
            NewAccount {
                id: None,
                role: Role::Partner,
                org: "Riga City Council".into(),
                city: Some("riga".into()),
            },
        )
        .unwrap();
    Setup {
        _dir: dir,
        desk,
        partner,
        corpus,
    }
}

fn draft(text: &str) -> Draft {
    Draft {
        text: text.to_owned(),
        ..Draft::default()
    }
}

fn field_errors(err: SubmitError) -> Vec<FieldError> {
    match err {
        SubmitError::Invalid(errors) => errors,
        other => panic!("expected field errors, got {other}"),
    }
}

#[test]
fn accounts_authenticate_until_revoked() {
    let dir = tempfile::tempdir().unwrap();
    let desk = Desk::new(dir.path(), dir.path());
    let admin = Actor::local("tester");
    let new = |org: &str| NewAccount {
        id: None,
        role: Role::Partner,
        org: org.into(),
        city: None,
    };
    let (first, token) = desk.add_account(&admin, new("PATRIR")).unwrap();
    let (second, _) = desk.add_account(&admin, new("PATRIR")).unwrap();
    assert_eq!(
        (first.id.as_str(), second.id.as_str()),
        ("patrir", "patrir-2")
    );
    let text = fs::read_to_string(dir.path().join("accounts.toml")).unwrap();
    assert!(
        text.contains("$argon2id$") && !text.contains(token.reveal()),
        "{text}"
    );

    let accounts = desk.accounts();
    assert_eq!(
        accounts.authenticate(token.reveal()).unwrap().unwrap().id,
        "patrir"
    );
    // Cached the second time, and still the same answer.
    assert_eq!(
        accounts.authenticate(token.reveal()).unwrap().unwrap().id,
        "patrir"
    );
    let wrong_secret = format!("{}x", token.reveal());
    for wrong in [wrong_secret.as_str(), "epi_nobody_abc", "garbage", ""] {
        assert!(accounts.authenticate(wrong).unwrap().is_none(), "{wrong}");
    }
    // Another process (here another Accounts on the same folder) revokes: refused at once.
    Desk::new(dir.path(), dir.path())
        .revoke_account(&admin, "patrir")
        .unwrap();
    assert!(accounts.authenticate(token.reveal()).unwrap().is_none());
    assert!(accounts.get("patrir").unwrap().unwrap().revoked.is_some());
    let err = desk.revoke_account(&admin, "nobody").unwrap_err();
    assert!(matches!(err, SubmitError::NoAccount(_)), "{err}");

    let actions: Vec<Action> = desk
        .audit()
        .entries()
        .unwrap()
        .iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(
        actions,
        [
            Action::AccountAdded,
            Action::AccountAdded,
            Action::AccountRevoked
        ]
    );
    for bad in [
        NewAccount {
            id: Some("Bad_Id".into()),
            ..new("X")
        },
        NewAccount {
            city: Some("../x".into()),
            ..new("X")
        },
        new("  "),
    ] {
        assert!(matches!(
            desk.add_account(&admin, bad),
            Err(SubmitError::BadInput(_))
        ));
    }
}

#[test]
fn a_valid_draft_is_saved_once_and_audited() {
    let s = setup();
    let submission = s.desk.submit(&s.partner, &draft(VALID)).unwrap();
    assert_eq!(submission.status, Status::Pending);
    assert_eq!(
        submission.target.to_string(),
        "riga/neighbourhood-welcome-walks.en"
    );
    assert_eq!(submission.org, "Riga City Council");
    let stored = s.desk.get(&submission.id).unwrap().unwrap();
    assert_eq!(stored, submission);
    let entries = s.desk.audit().entries().unwrap();
    let submitted: Vec<_> = entries
        .iter()
        .filter(|e| e.action == Action::Submitted)
        .collect();
    assert_eq!(submitted.len(), 1);
    assert_eq!(
        submitted[0].submission.as_deref(),
        Some(submission.id.as_str())
    );
    assert_eq!(submitted[0].actor, s.partner.id);

    // The same practice again: the slug is taken by the pending one.
    let errors = field_errors(s.desk.submit(&s.partner, &draft(VALID)).unwrap_err());
    assert_eq!(errors[0].field.as_deref(), Some("slug"), "{errors:?}");
    assert_eq!(s.desk.list(None, None).unwrap().len(), 1);
}

#[test]
fn invalid_drafts_are_refused_with_their_fields_and_nothing_is_written() {
    let s = setup();
    let bad_domain = VALID.replace("[\"interaction\"]", "[\"interactoin\"]");
    let errors = field_errors(s.desk.submit(&s.partner, &draft(&bad_domain)).unwrap_err());
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].field.as_deref(), Some("domains"));
    assert_eq!(errors[0].line, Some(7));

    for (slug, field) in [("../x", "slug"), ("a/b", "slug"), ("..%2F", "slug")] {
        let draft = Draft {
            slug: Some(slug.into()),
            ..draft(VALID)
        };
        let errors = field_errors(s.desk.submit(&s.partner, &draft).unwrap_err());
        assert_eq!(
            errors[0].field.as_deref(),
            Some(field),
            "{slug}: {errors:?}"
        );
    }
    let wrong_city = Draft {
        city: Some("lublin".into()),
        ..draft(VALID)
    };
    let errors = field_errors(s.desk.submit(&s.partner, &wrong_city).unwrap_err());
    assert_eq!(errors[0].field.as_deref(), Some("city"), "{errors:?}");

    assert!(s.desk.list(None, None).unwrap().is_empty());
    assert!(
        !s.desk
            .audit()
            .entries()
            .unwrap()
            .iter()
            .any(|e| e.action == Action::Submitted)
    );
}

#[test]
fn approval_writes_the_corpus_file_and_never_overwrites() {
    let s = setup();
    let librarian = Actor::local("librarian");
    let submission = s.desk.submit(&s.partner, &draft(VALID)).unwrap();
    let approved = s.desk.approve(&librarian, &submission.id).unwrap();
    let path = s.corpus.join(&approved.relative_path);
    assert_eq!(fs::read_to_string(&path).unwrap(), VALID);
    assert_eq!(approved.submission.status, Status::Published);
    assert_eq!(
        approved.submission.reviewer.as_deref(),
        Some("local:librarian")
    );
    // Once only.
    assert!(matches!(
        s.desk.approve(&librarian, &submission.id),
        Err(SubmitError::NotPending { .. })
    ));
    // A new submission for the same practice is now refused by the corpus check.
    let errors = field_errors(s.desk.submit(&s.partner, &draft(VALID)).unwrap_err());
    assert_eq!(errors[0].field.as_deref(), Some("slug"));

    // A translation: allowed once, into a language the practice does not have.
    let translation = Draft {
        kind: Kind::Translation,
        slug: Some("neighbourhood-welcome-walks".into()),
        ..draft(VALID)
    };
    let errors = field_errors(s.desk.submit(&s.partner, &translation).unwrap_err());
    assert_eq!(errors[0].field.as_deref(), Some("lang"), "{errors:?}");
    let unknown = Draft {
        slug: Some("no-such-practice".into()),
        ..translation.clone()
    };
    let errors = field_errors(s.desk.submit(&s.partner, &unknown).unwrap_err());
    assert_eq!(errors[0].field.as_deref(), Some("slug"), "{errors:?}");

    // A file that appeared in the corpus meanwhile is never overwritten.
    let other = VALID.replace("Neighbourhood welcome walks", "Neighbourhood welcome tours");
    let pending = s.desk.submit(&s.partner, &draft(&other)).unwrap();
    let target = s.corpus.join(pending.target.relative_path());
    fs::write(&target, "written by hand").unwrap();
    assert!(matches!(
        s.desk.approve(&librarian, &pending.id),
        Err(SubmitError::Exists(_))
    ));
    assert_eq!(fs::read_to_string(&target).unwrap(), "written by hand");
    assert_eq!(
        s.desk.get(&pending.id).unwrap().unwrap().status,
        Status::Pending
    );
}

#[test]
fn rejection_needs_a_reason_and_keeps_it() {
    let s = setup();
    let librarian = Actor::local("librarian");
    let submission = s.desk.submit(&s.partner, &draft(VALID)).unwrap();
    for empty in ["", "   "] {
        let errors = field_errors(
            s.desk
                .reject(&librarian, &submission.id, empty)
                .unwrap_err(),
        );
        assert_eq!(errors[0].field.as_deref(), Some("reason"));
    }
    let too_long = "x".repeat(MAX_REASON_CHARS + 1);
    assert!(
        s.desk
            .reject(&librarian, &submission.id, &too_long)
            .is_err()
    );
    let rejected = s
        .desk
        .reject(&librarian, &submission.id, " Please add the results. ")
        .unwrap();
    assert_eq!(rejected.reason.as_deref(), Some("Please add the results."));
    assert_eq!(
        s.desk
            .list(Some(Status::Rejected), Some("Riga City Council"))
            .unwrap()
            .len(),
        1
    );
    assert!(s.desk.list(None, Some("Another org")).unwrap().is_empty());
    assert!(matches!(
        s.desk.reject(&librarian, "../../etc/passwd", "x"),
        Err(SubmitError::NoSubmission(_))
    ));
    let last = s.desk.audit().entries().unwrap().pop().unwrap();
    assert_eq!(last.action, Action::Rejected);
    assert_eq!(last.details.as_deref(), Some("Please add the results."));
}

#[test]
fn concurrent_submissions_are_each_saved_and_audited_once() {
    let s = setup();
    let texts: Vec<String> = (0..12)
        .map(|i| {
            VALID.replace(
                "Neighbourhood welcome walks",
                &format!("Neighbourhood welcome walks {i}"),
            )
        })
        .collect();
    std::thread::scope(|scope| {
        for text in &texts {
            let (desk, partner) = (&s.desk, &s.partner);
            scope.spawn(move || desk.submit(partner, &draft(text)).unwrap());
        }
    });
    let saved = s.desk.list(Some(Status::Pending), None).unwrap();
    assert_eq!(saved.len(), texts.len());
    let entries = s.desk.audit().entries().unwrap();
    for submission in &saved {
        let count = entries
            .iter()
            .filter(|e| e.submission.as_deref() == Some(submission.id.as_str()))
            .count();
        assert_eq!(count, 1, "{}", submission.id);
    }
}
