//! The studio's local HTTP server: a small HTTP/1.1 server on std's
//! `TcpListener`, one request per connection, with the safety rules a local
//! web app needs (the browser is shared with every web page the user opens):
//!
//! - it listens on 127.0.0.1 unless told otherwise;
//! - every request carries the per-run token (query, cookie or header);
//! - the `Host` header must name the server itself (DNS rebinding);
//! - a POST must carry the token in its `X-Leaflet-Token` header, which a
//!   foreign page cannot set without a CORS preflight that is never
//!   granted, and a foreign `Origin` is refused outright (CSRF);
//! - heads, header counts and bodies have hard limits, every read has a
//!   timeout, and a bad request only ever closes its own connection.
//!
//! The routes themselves are in [`super::api`].

use std::io::{Read, Write};
use std::net::{IpAddr, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// The largest request head (request line and headers) read.
pub const MAX_HEAD: usize = 16 * 1024;
/// The most headers a request may have.
pub const MAX_HEADERS: usize = 48;
/// The largest request body read (one message's text is far smaller).
pub const MAX_BODY: usize = 256 * 1024;
/// Connections served at once; more are refused with 503.
const MAX_CONNECTIONS: usize = 32;
/// How long a client may take to send its request.
const READ_TIMEOUT: Duration = Duration::from_secs(10);

/// The name of the cookie that carries the token after the first page.
pub const COOKIE: &str = "leaflet-studio";
/// The header the page's script sends the token in.
pub const TOKEN_HEADER: &str = "x-leaflet-token";

/// A parsed request.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    /// The path, still percent-encoded, without the query.
    pub path: String,
    /// Query pairs, decoded.
    pub query: Vec<(String, String)>,
    /// Header names in lower case.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn query(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The value of cookie `name`.
    pub fn cookie(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .filter(|(n, _)| n == "cookie")
            .flat_map(|(_, v)| v.split(';'))
            .filter_map(|c| c.trim().split_once('='))
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v)
    }
}

/// A response, written in full then the connection closes.
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub content_type: &'static str,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn new(status: u16, content_type: &'static str, body: impl Into<Vec<u8>>) -> Response {
        Response {
            status,
            content_type,
            headers: Vec::new(),
            body: body.into(),
        }
    }

    pub fn json(status: u16, value: &serde_json::Value) -> Response {
        Response::new(status, "application/json; charset=utf-8", value.to_string())
    }

    /// A refusal: a status and a short plain reason (for logs and tests;
    /// the page never shows these).
    pub fn refuse(status: u16, reason: &str) -> Response {
        Response::new(status, "text/plain; charset=utf-8", reason.to_string())
    }

    pub fn with_header(mut self, name: &'static str, value: String) -> Response {
        self.headers.push((name, value));
        self
    }

    fn write_to(&self, out: &mut impl Write) -> std::io::Result<()> {
        let mut head = format!(
            "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n",
            self.status,
            reason(self.status),
            self.content_type,
            self.body.len()
        );
        // Nothing is cached (the token is in the first address) and no page
        // may frame the studio or load anything from elsewhere.
        head.push_str(
            "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n\
             Referrer-Policy: no-referrer\r\nX-Frame-Options: DENY\r\n\
             Content-Security-Policy: default-src 'self'; img-src 'self'; style-src 'self'; \
             script-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'none'\r\n",
        );
        for (name, value) in &self.headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        out.write_all(head.as_bytes())?;
        out.write_all(&self.body)?;
        out.flush()
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        303 => "See Other",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        409 => "Conflict",
        411 => "Length Required",
        413 => "Content Too Large",
        421 => "Misdirected Request",
        422 => "Unprocessable Content",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        503 => "Service Unavailable",
        _ => "",
    }
}

/// What answers the requests that passed the safety checks.
pub trait Handler: Send + Sync + 'static {
    /// `token` is the run's token, for pages that hand it to their script.
    fn handle(&self, request: &Request, token: &str) -> Response;
}

/// Where to listen.
#[derive(Debug, Clone, Copy)]
pub struct Bind {
    pub host: IpAddr,
    /// 0: any free port.
    pub port: u16,
}

/// A bound server, not yet serving.
pub struct Server {
    listener: TcpListener,
    guard: Arc<Guard>,
}

/// The safety checks, shared by the connection threads.
struct Guard {
    token: String,
    /// `Host` values that name this server.
    hosts: Vec<String>,
    /// `Origin` values of its own pages.
    origins: Vec<String>,
}

impl Server {
    /// Binds `bind` and makes the run's token from OS randomness.
    pub fn bind(bind: Bind) -> std::io::Result<Server> {
        let listener = TcpListener::bind(SocketAddr::new(bind.host, bind.port))?;
        let addr = listener.local_addr()?;
        let token = new_token()?;
        let port = addr.port();
        let mut hosts = vec![format!("127.0.0.1:{port}"), format!("localhost:{port}")];
        let own = match addr.ip() {
            IpAddr::V6(ip) => format!("[{ip}]:{port}"),
            IpAddr::V4(ip) => format!("{ip}:{port}"),
        };
        if !hosts.contains(&own) {
            hosts.push(own);
        }
        let origins = hosts.iter().map(|h| format!("http://{h}")).collect();
        Ok(Server {
            listener,
            guard: Arc::new(Guard {
                token,
                hosts,
                origins,
            }),
        })
    }

    /// The address to open, with the token: `http://127.0.0.1:PORT/?token=…`.
    pub fn address(&self) -> String {
        let ip = self.listener.local_addr().map(|a| a.ip());
        let host = match ip {
            // Loopback, or listening everywhere: this machine reaches it as
            // 127.0.0.1.
            Ok(ip) if !ip.is_loopback() && !ip.is_unspecified() => {
                self.guard.hosts.last().cloned().unwrap_or_default()
            }
            _ => self.guard.hosts[0].clone(),
        };
        format!("http://{host}/?token={}", self.guard.token)
    }

    /// Serves until the process ends. Each connection has its own thread;
    /// a panic in a handler ends only that thread.
    pub fn serve(self, handler: Arc<dyn Handler>) {
        let busy = Arc::new(AtomicUsize::new(0));
        for stream in self.listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            if busy.load(Ordering::SeqCst) >= MAX_CONNECTIONS {
                let _ = Response::refuse(503, "busy").write_to(&mut stream);
                continue;
            }
            busy.fetch_add(1, Ordering::SeqCst);
            let (guard, handler, count) = (self.guard.clone(), handler.clone(), busy.clone());
            let spawned = std::thread::Builder::new()
                .name("studio-connection".into())
                .spawn(move || {
                    let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        connection(stream, &guard, &*handler)
                    }));
                    count.fetch_sub(1, Ordering::SeqCst);
                });
            if spawned.is_err() {
                busy.fetch_sub(1, Ordering::SeqCst);
            }
        }
    }
}

/// 32 bytes of OS randomness, as hex.
fn new_token() -> std::io::Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| std::io::Error::other(e.to_string()))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

fn connection(mut stream: TcpStream, guard: &Guard, handler: &dyn Handler) {
    let _ = stream.set_read_timeout(Some(READ_TIMEOUT));
    let _ = stream.set_write_timeout(Some(READ_TIMEOUT));
    let response = match read_request(&mut stream) {
        Ok(request) => match guard.check(&request) {
            Ok(()) => handler.handle(&request, &guard.token),
            Err(refusal) => refusal,
        },
        Err(refusal) => refusal,
    };
    let _ = response.write_to(&mut stream);
    let _ = stream.shutdown(std::net::Shutdown::Write);
    // Drain what the client still sends (briefly), so that closing does not
    // reset the connection before it has read the answer.
    let _ = stream.set_read_timeout(Some(Duration::from_millis(200)));
    let mut sink = [0u8; 4096];
    for _ in 0..16 {
        match stream.read(&mut sink) {
            Ok(0) | Err(_) => break,
            Ok(_) => {}
        }
    }
}

/// Reads one request within the limits, or the refusal to send.
fn read_request(stream: &mut impl Read) -> Result<Request, Response> {
    let mut buf: Vec<u8> = Vec::with_capacity(4096);
    let mut chunk = [0u8; 4096];
    let head_len = loop {
        if let Some(end) = find_head_end(&buf) {
            break end;
        }
        if buf.len() >= MAX_HEAD {
            return Err(Response::refuse(431, "request head too large"));
        }
        let n = stream
            .read(&mut chunk)
            .map_err(|_| Response::refuse(400, "incomplete request"))?;
        if n == 0 {
            return Err(Response::refuse(400, "incomplete request"));
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    if head_len > MAX_HEAD {
        return Err(Response::refuse(431, "request head too large"));
    }
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut parsed = httparse::Request::new(&mut headers);
    match parsed.parse(&buf[..head_len]) {
        Ok(httparse::Status::Complete(_)) => {}
        Ok(httparse::Status::Partial) => return Err(Response::refuse(400, "incomplete request")),
        Err(httparse::Error::TooManyHeaders) => {
            return Err(Response::refuse(431, "too many headers"))
        }
        Err(_) => return Err(Response::refuse(400, "malformed request")),
    }
    let method = parsed.method.unwrap_or("").to_string();
    let target = parsed.path.unwrap_or("").to_string();
    let mut header_list = Vec::new();
    for h in parsed.headers.iter() {
        let value = std::str::from_utf8(h.value)
            .map_err(|_| Response::refuse(400, "header is not text"))?;
        header_list.push((h.name.to_ascii_lowercase(), value.trim().to_string()));
    }
    if header_list.iter().any(|(n, _)| n == "transfer-encoding") {
        return Err(Response::refuse(501, "chunked bodies are not accepted"));
    }
    let lengths: Vec<&str> = header_list
        .iter()
        .filter(|(n, _)| n == "content-length")
        .map(|(_, v)| v.as_str())
        .collect();
    let length = match lengths.as_slice() {
        [] => 0,
        [one] => one
            .parse::<usize>()
            .map_err(|_| Response::refuse(400, "bad content-length"))?,
        _ => return Err(Response::refuse(400, "several content-lengths")),
    };
    if length > MAX_BODY {
        return Err(Response::refuse(413, "body too large"));
    }
    let mut body = buf[head_len..].to_vec();
    if body.len() > length {
        body.truncate(length);
    }
    while body.len() < length {
        let n = stream
            .read(&mut chunk)
            .map_err(|_| Response::refuse(400, "incomplete body"))?;
        if n == 0 {
            return Err(Response::refuse(400, "incomplete body"));
        }
        let want = (length - body.len()).min(n);
        body.extend_from_slice(&chunk[..want]);
    }
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p.to_string(), parse_query(q)),
        None => (target, Vec::new()),
    };
    Ok(Request {
        method,
        path,
        query,
        headers: header_list,
        body,
    })
}

fn find_head_end(buf: &[u8]) -> Option<usize> {
    buf.windows(4).position(|w| w == b"\r\n\r\n").map(|i| i + 4)
}

/// `a=1&b=x%20y` as decoded pairs (bad escapes are kept as written).
pub fn parse_query(q: &str) -> Vec<(String, String)> {
    q.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

/// Decodes `%XX` escapes and `+` (as a space), as forms encode them.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                        continue;
                    }
                    None => out.push(b'%'),
                }
            }
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl Guard {
    fn check(&self, r: &Request) -> Result<(), Response> {
        // DNS rebinding: a foreign name that resolves to 127.0.0.1 would
        // make a foreign page same-origin with the studio.
        match r.header("host") {
            Some(h) if self.hosts.iter().any(|own| own.eq_ignore_ascii_case(h)) => {}
            _ => return Err(Response::refuse(421, "unknown host")),
        }
        if !matches!(r.method.as_str(), "GET" | "HEAD" | "POST") {
            return Err(Response::refuse(405, "method not allowed"));
        }
        if let Some(origin) = r.header("origin") {
            if !self.origins.iter().any(|o| o.eq_ignore_ascii_case(origin)) {
                return Err(Response::refuse(403, "foreign origin"));
            }
        }
        if r.method == "POST" {
            // A foreign page cannot send this header without a preflight,
            // and the studio grants none.
            if !self.token_matches(r.header(TOKEN_HEADER)) {
                return Err(Response::refuse(403, "missing token"));
            }
            if r.header("sec-fetch-site")
                .is_some_and(|s| s != "same-origin" && s != "none")
            {
                return Err(Response::refuse(403, "cross-site request"));
            }
            return Ok(());
        }
        let given = [r.query("token"), r.cookie(COOKIE), r.header(TOKEN_HEADER)];
        if !given.iter().any(|t| self.token_matches(*t)) {
            return Err(Response::refuse(403, "missing token"));
        }
        Ok(())
    }

    /// Compares in constant time (for equal lengths).
    fn token_matches(&self, given: Option<&str>) -> bool {
        let Some(given) = given else { return false };
        let (a, b) = (given.as_bytes(), self.token.as_bytes());
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_decode_escapes_and_keep_bad_ones() {
        assert_eq!(
            parse_query("a=x%20y&b=%2e%2e&c=%zz&d"),
            vec![
                ("a".into(), "x y".into()),
                ("b".into(), "..".into()),
                ("c".into(), "%zz".into()),
                ("d".into(), "".into())
            ]
        );
        assert_eq!(percent_decode("%4"), "%4");
        assert_eq!(percent_decode("%41"), "A");
    }

    #[test]
    fn a_request_is_read_within_its_limits() {
        let raw = b"POST /api/x?locale=jra HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabcdef";
        let r = read_request(&mut &raw[..]).unwrap();
        assert_eq!((r.method.as_str(), r.path.as_str()), ("POST", "/api/x"));
        assert_eq!(r.query("locale"), Some("jra"));
        assert_eq!(r.body, b"abc");
        let big = format!(
            "POST / HTTP/1.1\r\nContent-Length: {}\r\n\r\n",
            MAX_BODY + 1
        );
        assert_eq!(read_request(&mut big.as_bytes()).unwrap_err().status, 413);
        let long = format!("GET / HTTP/1.1\r\nX: {}\r\n\r\n", "a".repeat(MAX_HEAD));
        assert_eq!(read_request(&mut long.as_bytes()).unwrap_err().status, 431);
        assert_eq!(
            read_request(&mut &b"\x00\x01garbage\r\n\r\n"[..])
                .unwrap_err()
                .status,
            400
        );
    }
}
