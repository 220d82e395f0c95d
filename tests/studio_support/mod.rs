//! Running `leaflet studio` for a test: the binary on a project copy, with
//! `--no-open --port 0`, its address read from the first line of stdout,
//! and raw HTTP over `TcpStream` (what a hostile page or a confused client
//! could send is exactly what the tests send).

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

pub struct Studio {
    child: Child,
    /// `127.0.0.1:PORT`.
    pub host: String,
    pub token: String,
    /// The first line of stdout, as printed.
    pub address: String,
}

impl Studio {
    pub fn start(project: &Path) -> Studio {
        Studio::start_with(project, &[])
    }

    pub fn start_with(project: &Path, extra: &[&str]) -> Studio {
        let mut child = Command::new(env!("CARGO_BIN_EXE_leaflet"))
            .arg("--project")
            .arg(project)
            .args(["--lang", "en", "studio", "--no-open", "--port", "0"])
            .args(extra)
            .env_remove("LEAFLET_LANG")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the leaflet binary runs");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let address = line.trim().to_string();
        let rest = address
            .strip_prefix("http://")
            .unwrap_or_else(|| panic!("first line is the address: {address:?}"));
        let (host, query) = rest.split_once("/?token=").expect("a token in the address");
        Studio {
            child,
            host: host.to_string(),
            token: query.to_string(),
            address,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.host, path)
    }

    /// Sends `raw` bytes as they are; the status, headers and body.
    pub fn raw(&self, raw: &[u8]) -> Reply {
        let mut s = TcpStream::connect(&self.host).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
        let _ = s.write_all(raw);
        let mut out = Vec::new();
        let _ = s.read_to_end(&mut out);
        Reply::parse(&out)
    }

    /// A GET with the token as a query parameter.
    pub fn get(&self, path: &str) -> Reply {
        let sep = if path.contains('?') { '&' } else { '?' };
        let raw = format!(
            "GET {path}{sep}token={} HTTP/1.1\r\nHost: {}\r\n\r\n",
            self.token, self.host
        );
        self.raw(raw.as_bytes())
    }

    /// A POST of JSON as the studio's own page sends it.
    pub fn post(&self, path: &str, body: &serde_json::Value) -> Reply {
        let body = body.to_string();
        let raw = format!(
            "POST {path} HTTP/1.1\r\nHost: {host}\r\nOrigin: http://{host}\r\nX-Leaflet-Token: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            self.token,
            body.len(),
            host = self.host
        );
        self.raw(raw.as_bytes())
    }

    pub fn json(&self, path: &str) -> serde_json::Value {
        let r = self.get(path);
        assert_eq!(r.status, 200, "{path}: {}", r.text());
        serde_json::from_slice(&r.body).unwrap()
    }

    /// Message `id` of the locale view.
    pub fn message(&self, locale: &str, id: &str) -> serde_json::Value {
        let view = self.json(&format!("/api/locale?locale={locale}"));
        view["groups"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|g| g["messages"].as_array().unwrap().clone())
            .find(|m| m["id"] == id)
            .unwrap_or_else(|| panic!("no message {id}"))
    }
}

impl Drop for Studio {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub struct Reply {
    pub status: u16,
    pub head: String,
    pub body: Vec<u8>,
}

impl Reply {
    fn parse(bytes: &[u8]) -> Reply {
        let end = bytes
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .map_or(bytes.len(), |i| i + 4);
        let head = String::from_utf8_lossy(&bytes[..end]).into_owned();
        let status = head
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        Reply {
            status,
            head,
            body: bytes[end..].to_vec(),
        }
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|_| panic!("not JSON ({}): {}", self.status, self.text()))
    }
}
