//! Nothing lost, nothing misleading: a closed pipe, Ctrl-C in a batch and a
//! stale file beside a new one.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};

use common::*;

fn command(project: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_leaflet"));
    c.arg("--project")
        .arg(project)
        .arg("--lang")
        .arg("en")
        .args(args)
        .env_remove("SOURCE_DATE_EPOCH")
        .env_remove("LEAFLET_LANG");
    c
}

/// Runs a command whose output goes to a pipe nobody reads (as `| head`
/// does once it has its lines): the reading end is closed before the
/// command writes a byte, so every write meets a closed pipe.
fn with_closed_pipe(project: &Path, args: &[&str]) -> std::process::ExitStatus {
    let (reader, writer) = std::io::pipe().unwrap();
    let mut child = command(project, args)
        .stdout(writer.try_clone().unwrap())
        .stderr(writer)
        .spawn()
        .unwrap();
    drop(reader);
    child.wait().unwrap()
}

#[test]
fn a_closed_pipe_ends_the_output_quietly_with_the_commands_own_exit_code() {
    let project = project_copy("safety-pipe");
    // `build --final 2>&1 | head`: the fixture's translations are drafts,
    // so the build refuses them (1), and it still does its work.
    let status = with_closed_pipe(&project, &["build", "--final"]);
    assert_eq!(status.code(), Some(1), "build --final: {status:?}");
    assert!(project.join("output/trifold-a4/vi.pdf").is_file());
    // `status --format json | head`
    let status = with_closed_pipe(&project, &["status", "--format", "json"]);
    assert_eq!(status.code(), Some(0), "status: {status:?}");
    let status = with_closed_pipe(&project, &["check"]);
    assert_ne!(status.code(), Some(101), "check: {status:?}");
}

/// Every file under `dir`, recursively.
fn files_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[cfg(unix)]
#[test]
fn ctrl_c_in_a_batch_keeps_what_finished_leaves_no_temporary_file_and_says_so() {
    const OFFICES: usize = 600;
    let project = project_copy("safety-interrupt");
    let mut csv = String::from("id,level,district,province,phone,phone_tel,portal,zalo\n");
    for n in 0..OFFICES {
        csv.push_str(&format!(
            "office-{n:03},commune,Thử Nghiệm {n},Gia Lai,(0000) 000 {n:03},+84000000{n:03},https://example.com/office-{n},\n"
        ));
    }
    let offices = project.join("offices.csv");
    std::fs::write(&offices, csv).unwrap();
    let out = project.join("output");
    let mut child = command(
        &project,
        &[
            "build",
            "--variants",
            offices.to_str().unwrap(),
            "--locale",
            "vi",
            "--screen",
        ],
    )
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    // Interrupt once the first leaflet is on disk: the batch is under way.
    let started = std::time::Instant::now();
    while !files_under(&out)
        .iter()
        .any(|p| p.extension().is_some_and(|e| e == "pdf"))
    {
        assert!(started.elapsed().as_secs() < 120, "no leaflet was written");
        assert!(child.try_wait().unwrap().is_none(), "the batch ended early");
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let o = child.wait_with_output().unwrap();
    let (text, err) = (stdout(&o), stderr(&o));
    assert_eq!(o.status.code(), Some(130), "{text}{err}");
    assert!(text.contains("Interrupted: "), "{text}");
    assert!(text.contains("leaflets were not built"), "{text}");
    let files = files_under(&out);
    let tmp: Vec<_> = files
        .iter()
        .filter(|p| p.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(tmp.is_empty(), "temporary files left: {tmp:?}");
    // What finished stays, and whole: every print file has its screen file
    // and every file is a complete PDF.
    let prints: Vec<_> = files
        .iter()
        .filter(|p| p.file_name().is_some_and(|n| n == "vi.pdf"))
        .collect();
    assert!(
        !prints.is_empty() && prints.len() < OFFICES,
        "{}",
        prints.len()
    );
    for print in &prints {
        // Named for the office, so a shared file says whose it is.
        let n: usize = print
            .parent()
            .unwrap()
            .file_name()
            .unwrap()
            .to_str()
            .unwrap()["office-".len()..]
            .parse()
            .unwrap();
        let screen = format!("dvctt-xa-thu-nghiem-{n}.vi.screen.pdf");
        assert!(
            print.with_file_name(&screen).is_file(),
            "{print:?}: {screen}"
        );
    }
    for pdf in &files {
        lopdf::Document::load(pdf).unwrap_or_else(|e| panic!("{pdf:?}: {e}"));
    }
    let built = format!("{} built", 2 * prints.len());
    assert!(text.contains(&built), "expected `{built}` in\n{text}");
}

#[test]
fn a_variant_made_from_older_values_does_not_stay_beside_the_new_leaflet() {
    let project = project_copy("safety-stale");
    let first = leaflet(
        &project,
        &["build", "--locale", "vi", "--screen", "--proof"],
    );
    assert!(first.status.success(), "{}", stderr(&first));
    let dir = project.join("output/trifold-a4");
    for name in [
        "vi.pdf".to_string(),
        screen_name("vi"),
        "vi.proof.pdf".to_string(),
    ] {
        assert!(dir.join(&name).is_file(), "{name}");
    }
    // A new phone number; only the print file is asked for.
    edit(
        &project,
        "office.toml",
        "phone = \"(02693) 844 789\"",
        "phone = \"(02693) 844 000\"",
    );
    // A screen file under an older name (before files said whose they are).
    std::fs::copy(dir.join(screen_name("vi")), dir.join("vi.screen.pdf")).unwrap();
    let second = leaflet(&project, &["build", "--locale", "vi"]);
    assert!(second.status.success(), "{}", stderr(&second));
    let err = stderr(&second);
    for name in [
        screen_name("vi"),
        "vi.screen.pdf".to_string(),
        "vi.proof.pdf".to_string(),
    ] {
        assert!(
            !dir.join(&name).exists(),
            "{name} still carries the old phone"
        );
        assert!(
            err.lines().any(|l| l.contains(&name)
                && l.contains(
                    "note[stale-file]: removed: it was made from older text or values than this build"
                )),
            "{err}"
        );
    }
    assert!(dir.join("vi.pdf").is_file());
}
