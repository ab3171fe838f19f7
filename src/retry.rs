//! When to try a call again, and how long to wait first. Pure, so the policy is tested on the
//! host: only failures that leave the server's state as if nothing happened, or calls that are
//! safe to repeat, are retried.

/// What one attempt came to, as far as retrying is concerned.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Attempt {
    /// No connection was made: the request never reached the server.
    Unreached,
    /// The connection failed or dropped; the server may have acted.
    Network,
    /// No answer within the attempt's timeout; the server may have acted.
    Timeout,
    /// An HTTP status with a body that is not an envelope.
    Http(u16),
    /// An envelope with this `statusCode` and `apiCode`.
    Envelope(f64, Option<f64>),
}

/// apiCode of a refused signature replay: the server did not act.
pub const API_CODE_REPLAY: f64 = 1306.0;
/// apiCode of a refused clock: the server did not act.
pub const API_CODE_CLOCK_SKEW: f64 = 1305.0;

/// Whether another attempt may be made, given whether the call is safe to repeat.
pub fn retryable(attempt: Attempt, idempotent: bool) -> bool {
    match attempt {
        // Refused before anything happened: safe for every call.
        Attempt::Unreached => true,
        Attempt::Envelope(_, Some(code)) if code == API_CODE_REPLAY => true,
        // The server may have acted: only calls that are safe to repeat.
        Attempt::Network | Attempt::Timeout => idempotent,
        Attempt::Http(status) => idempotent && matches!(status, 502..=504),
        Attempt::Envelope(status, _) => idempotent && (status == 429.0 || (500.0..600.0).contains(&status)),
    }
}

/// Exponential backoff with full jitter: a random wait in `[0, min(cap, base * 2^(retry-1)))`,
/// `random` being uniform in `[0, 1)`.
pub fn backoff_ms(retry: u32, base_ms: f64, cap_ms: f64, random: f64) -> f64 {
    let ceiling = (base_ms * 2f64.powi(retry.saturating_sub(1).min(30) as i32)).min(cap_ms);
    // Not `clamp`: its NaN assertion would pull the float formatter into the module.
    #[allow(clippy::manual_clamp)]
    let random = random.max(0.0).min(1.0);
    (ceiling * random).floor()
}

/// The wait a `Retry-After` header asks for, in milliseconds: delta-seconds or an HTTP date
/// (relative to `now_ms`), never negative, at most `cap_ms`. `None` when it says neither.
pub fn retry_after_ms(value: &str, now_ms: f64, cap_ms: f64) -> Option<f64> {
    let value = value.trim();
    let wait = if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        // Leading zeros say nothing; more than nine digits is more than any cap.
        let digits = value.trim_start_matches('0');
        if digits.len() > 9 {
            cap_ms
        } else {
            digits.parse::<u32>().unwrap_or(0) as f64 * 1000.0
        }
    } else {
        date_wait(value, now_ms)?
    };
    #[allow(clippy::manual_clamp)]
    Some(wait.max(0.0).min(cap_ms))
}

/// The wait until the HTTP date `value`, in milliseconds (negative when it has passed).
#[cfg(not(feature = "authentication"))]
fn date_wait(value: &str, now_ms: f64) -> Option<f64> {
    Some(http_date_ms(value)? - now_ms)
}

/// The authentication build reads a `Retry-After` of delta-seconds only (an HTTP date means
/// the backoff's wait): the date parser is a kilobyte of `.wasm` its answers do not need.
#[cfg(feature = "authentication")]
fn date_wait(_value: &str, _now_ms: f64) -> Option<f64> {
    None
}

/// Milliseconds since the epoch of an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), the form
/// servers send in `Date` and `Retry-After`.
pub fn http_date_ms(value: &str) -> Option<f64> {
    let mut parts = value.trim().split_ascii_whitespace();
    let _weekday = parts.next()?;
    let day: u32 = parts.next()?.parse().ok()?;
    let month_name = parts.next()?;
    let month = MONTHS.iter().position(|m| *m == month_name)? as u32 + 1;
    let year: i64 = parts.next()?.parse().ok()?;
    // A year a date header can say (four digits, not before the epoch): anything else is a
    // server clock this client cannot use.
    if !(1970..=9999).contains(&year) {
        return None;
    }
    let mut hms = parts.next()?.split(':').map(|p| p.parse::<u32>().ok());
    let (h, m, s) = (hms.next()??, hms.next()??, hms.next()??);
    if parts.next()? != "GMT" || !(1..=31).contains(&day) || h > 23 || m > 59 || s > 60 {
        return None;
    }
    // Days from the civil date (Howard Hinnant's algorithm).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(month) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some((days * 86_400 + i64::from(h) * 3600 + i64::from(m) * 60 + i64::from(s)) as f64 * 1000.0)
}

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// The IMF-fixdate of `ms` since the epoch, as `Date.prototype.toUTCString` writes it
/// (`Sun, 06 Nov 1994 08:49:37 GMT`); `None` outside the years 1970 to 9999.
pub fn http_date(ms: f64) -> Option<String> {
    if !(0.0..253_402_300_800_000.0).contains(&ms) {
        return None;
    }
    let secs = (ms / 1000.0) as i64;
    let (days, rem) = (secs / 86_400, secs % 86_400);
    const WEEKDAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    // The civil date from days since the epoch (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Some(format!(
        "{}, {day:02} {} {year} {:02}:{:02}:{:02} GMT",
        WEEKDAYS[(days % 7) as usize],
        MONTHS[(month - 1) as usize],
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    ))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_retry_policy() {
        use Attempt::*;
        // (attempt, retried for a safe call, retried for a create)
        let table = [
            (Unreached, true, true),
            (Network, true, false),
            (Timeout, true, false),
            (Http(502), true, false),
            (Http(503), true, false),
            (Http(504), true, false),
            (Http(500), false, false),
            (Http(404), false, false),
            (Envelope(429.0, Some(429.0)), true, false),
            (Envelope(500.0, None), true, false),
            (Envelope(503.0, Some(5003.0)), true, false),
            (Envelope(200.0, Some(20001.0)), false, false),
            (Envelope(404.0, Some(2001.0)), false, false),
            (Envelope(401.0, Some(1300.0)), false, false),
            (Envelope(401.0, Some(1306.0)), true, true),
        ];
        for (attempt, safe, create) in table {
            assert_eq!(retryable(attempt, true), safe, "{attempt:?} on a safe call");
            assert_eq!(retryable(attempt, false), create, "{attempt:?} on a create");
        }
    }

    #[test]
    fn dates_are_written_as_to_utc_string_writes_them_and_read_back() {
        assert_eq!(http_date(0.0).unwrap(), "Thu, 01 Jan 1970 00:00:00 GMT");
        assert_eq!(http_date(951_825_600_000.0).unwrap(), "Tue, 29 Feb 2000 12:00:00 GMT");
        assert_eq!(http_date(1_795_806_791_999.0).unwrap(), "Fri, 27 Nov 2026 19:13:11 GMT");
        assert_eq!(http_date(253_402_300_799_000.0).unwrap(), "Fri, 31 Dec 9999 23:59:59 GMT");
        for bad in [-1.0, f64::NAN, f64::INFINITY, 253_402_300_800_000.0] {
            assert_eq!(http_date(bad), None);
        }
        // Every day of several centuries reads back to itself.
        let mut ms = 0.0;
        while ms < 253_402_300_799_000.0 {
            let text = http_date(ms).unwrap();
            assert_eq!(http_date_ms(&text), Some(ms), "{text}");
            ms += 86_400_000.0 * 13.0 + 3_723_000.0;
        }
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        assert_eq!(backoff_ms(1, 100.0, 5000.0, 0.999_999), 99.0);
        assert_eq!(backoff_ms(3, 100.0, 5000.0, 0.5), 200.0);
        assert_eq!(backoff_ms(20, 100.0, 5000.0, 0.5), 2500.0);
        assert_eq!(backoff_ms(1000, 100.0, 5000.0, 1.0), 5000.0);
        assert_eq!(backoff_ms(2, 100.0, 5000.0, 0.0), 0.0);
    }

    #[test]
    fn retry_after_in_seconds_or_as_a_date() {
        let now = http_date_ms("Fri, 27 Nov 2026 19:13:11 GMT").unwrap();
        assert_eq!(now, 1_795_806_791_000.0);
        assert_eq!(retry_after_ms("2", now, 30_000.0), Some(2000.0));
        assert_eq!(retry_after_ms(" 0 ", now, 30_000.0), Some(0.0));
        // An HTTP date (which the authentication build leaves to the backoff).
        let date = |v: Option<f64>| if cfg!(feature = "authentication") { None } else { v };
        assert_eq!(retry_after_ms("Fri, 27 Nov 2026 19:13:16 GMT", now, 30_000.0), date(Some(5000.0)));
        assert_eq!(retry_after_ms("Fri, 27 Nov 2026 19:13:01 GMT", now, 30_000.0), date(Some(0.0)));
        assert_eq!(retry_after_ms("86400", now, 30_000.0), Some(30_000.0));
        assert_eq!(retry_after_ms("0000000005", now, 30_000.0), Some(5000.0));
        assert_eq!(retry_after_ms("100000000000000000000", now, 30_000.0), Some(30_000.0));
        assert_eq!(retry_after_ms("000", now, 30_000.0), Some(0.0));
        for bad in [
            "",
            "soon",
            "-1",
            "1.5",
            "Fri, 32 Nov 2026 19:13:16 GMT",
            "Fri, 27 Foo 2026 19:13:16 GMT",
            "Fri, 27 Nov 2026 19:13 GMT",
        ] {
            assert_eq!(retry_after_ms(bad, now, 30_000.0), None, "{bad:?}");
        }
        assert_eq!(http_date_ms("Thu, 01 Jan 1970 00:00:00 GMT"), Some(0.0));
        // Years no date header can say are a clock this client cannot use.
        for absurd in
            ["Sat, 01 Jan 99999 00:00:00 GMT", "Mon, 01 Jan 0000 00:00:00 GMT", "Wed, 31 Dec 1969 23:59:59 GMT"]
        {
            assert_eq!(http_date_ms(absurd), None, "{absurd}");
        }
        assert_eq!(http_date_ms("Tue, 29 Feb 2000 12:00:00 GMT"), Some(951_825_600_000.0));
    }
}
