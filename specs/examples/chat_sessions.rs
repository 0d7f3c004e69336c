//! Lists the IM chat sessions of the last 30 days, then pages through the chat messages report
//! of the first session.
//!
//! ```sh
//! ZOOM_ACCESS_TOKEN=… cargo run -p zoom-chat --example chat_sessions
//! ZOOM_ACCESS_TOKEN=test ZOOM_BASE_URL=http://127.0.0.1:8080 cargo run -p zoom-chat --example chat_sessions
//! ```

use zoom_chat::TryStreamExt;
use zoom_chat::chrono;
use zoom_chat::v2::Client;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    match run().await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let token = std::env::var("ZOOM_ACCESS_TOKEN").map_err(|_| "set ZOOM_ACCESS_TOKEN to an OAuth access token")?;
    let base_url = std::env::var("ZOOM_BASE_URL").unwrap_or_else(|_| Client::DEFAULT_BASE_URL.to_owned());
    let client = Client::new().with_base_url(base_url).with_bearer_token(token);

    let to = chrono::DateTime::<chrono::Utc>::from(std::time::SystemTime::now()).date_naive();
    let from = to - chrono::Days::new(30);

    // Zoom deprecated the IM endpoints but still serves them.
    #[allow(deprecated)]
    let sessions = client.get_im_chat_sessions(from, to).page_size(30).send().await?;
    // Fields known only from the spec's examples are optional: the server may leave any out.
    let sessions = sessions.sessions.unwrap_or_default();
    for session in &sessions {
        println!(
            "{} {} {} (last message {})",
            shown(&session.session_id),
            shown(&session.r#type),
            shown(&session.name),
            shown(&session.last_message_sent_time)
        );
    }

    let Some(session_id) = sessions.iter().find_map(|session| session.session_id.clone()) else {
        println!("no IM chat sessions between {from} and {to}");
        return Ok(());
    };
    let mut messages = std::pin::pin!(client.get_chat_messages_reports(&session_id, from, to).items());
    while let Some(message) = messages.try_next().await? {
        println!("{} {}: {}", shown(&message.date_time), shown(&message.sender), shown(&message.message));
    }
    Ok(())
}

/// A field the server may leave out, or `-` when it did.
fn shown<T: std::fmt::Display>(value: &Option<T>) -> String {
    value.as_ref().map_or_else(|| "-".to_owned(), ToString::to_string)
}
