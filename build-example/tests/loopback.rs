//! The client generated at build time sends its request and decodes the answer of a loopback server.

use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[tokio::test]
async fn the_build_time_client_gets_a_note() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap_or_else(|e| panic!("{e}"));
    let address = listener.local_addr().unwrap_or_else(|e| panic!("{e}"));
    let server = tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap_or_else(|e| panic!("{e}"));
        let mut request = vec![0u8; 4096];
        let read = socket.read(&mut request).await.unwrap_or_else(|e| panic!("{e}"));
        let body = r#"{"id":"n 1","text":"hello","pinned":true}"#;
        let response = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        );
        socket.write_all(response.as_bytes()).await.unwrap_or_else(|e| panic!("{e}"));
        String::from_utf8_lossy(&request[..read]).into_owned()
    });
    let client = build_example::notes::Client::new().with_base_url(format!("http://{address}"));
    let note = client.get_note("n 1").send().await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((note.id.as_str(), note.text.as_str(), note.pinned), ("n 1", "hello", Some(true)));
    let request = server.await.unwrap_or_else(|e| panic!("{e}"));
    assert!(request.starts_with("GET /notes/n%201 HTTP/1.1\r\n"), "{request}");
}
