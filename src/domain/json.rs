//! Just enough JSON for the stored record: parse any text into a value, or
//! say why not, and write strings safely. Hand-written because serde and
//! serde_json cost the browser build 11,317 bytes of brotli for two structs.
//!
//! Numbers are whole (an optional fraction is read and dropped); records only
//! hold versions, counts and millisecond times.

/// Why a text is not JSON. Static: a stored record is read on every start,
/// and the reason is for tests and debugging, never shown (`messages.rs`
/// words what a person reads).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonError {
    /// The text ends where a value should be.
    EndsEarly,
    /// More text after the value.
    TextAfter,
    UnexpectedCharacter,
    /// Not `null`, `true` or `false`.
    UnknownWord,
    /// Not the `,`, `:`, `]`, `}` or `"` the syntax needs here.
    Expected(u8),
    NestedTooDeeply,
    RepeatedKey,
    NumberTooLarge,
    NumberWithoutDigits,
    NumberWithoutDecimals,
    /// An exponent: records never write one.
    Exponent,
    LoneSurrogate,
    BadEscape,
    ControlCharacter,
    UnendedString,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(i64),
    String(String),
    Array(Vec<Json>),
    /// Keys in the order written; a repeated key is refused when parsing.
    Object(Vec<(String, Json)>),
}

/// Nesting deeper than this is refused rather than risking the stack.
const MAX_DEPTH: usize = 32;

pub fn parse(text: &str) -> Result<Json, JsonError> {
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = p.value(0)?;
    p.space();
    if p.at != p.bytes.len() {
        return Err(JsonError::TextAfter);
    }
    Ok(value)
}

impl Json {
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Json::Number(n) => Some(*n),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&[(String, Json)]> {
        match self {
            Json::Object(fields) => Some(fields),
            _ => None,
        }
    }
}

/// Appends `s` as a JSON string literal.
pub fn write_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(HEX[(c as usize) >> 4]));
                out.push(char::from(HEX[(c as usize) & 0xf]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

struct Parser<'t> {
    text: &'t str,
    bytes: &'t [u8],
    at: usize,
}

impl Parser<'_> {
    fn space(&mut self) {
        while self
            .bytes
            .get(self.at)
            .is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        {
            self.at += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn expect(&mut self, b: u8) -> Result<(), JsonError> {
        if self.peek() == Some(b) {
            self.at += 1;
            Ok(())
        } else {
            Err(JsonError::Expected(b))
        }
    }

    fn word(&mut self, word: &str, value: Json) -> Result<Json, JsonError> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(JsonError::UnknownWord)
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, JsonError> {
        if depth > MAX_DEPTH {
            return Err(JsonError::NestedTooDeeply);
        }
        self.space();
        match self.peek() {
            None => Err(JsonError::EndsEarly),
            Some(b'n') => self.word("null", Json::Null),
            Some(b't') => self.word("true", Json::Bool(true)),
            Some(b'f') => self.word("false", Json::Bool(false)),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                self.space();
                if self.peek() == Some(b']') {
                    self.at += 1;
                    return Ok(Json::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.space();
                    match self.peek() {
                        Some(b',') => self.at += 1,
                        Some(b']') => {
                            self.at += 1;
                            return Ok(Json::Array(items));
                        }
                        _ => return Err(JsonError::Expected(b']')),
                    }
                }
            }
            Some(b'{') => {
                self.at += 1;
                let mut fields: Vec<(String, Json)> = Vec::new();
                self.space();
                if self.peek() == Some(b'}') {
                    self.at += 1;
                    return Ok(Json::Object(fields));
                }
                loop {
                    self.space();
                    let key = self.string()?;
                    if fields.iter().any(|(k, _)| *k == key) {
                        return Err(JsonError::RepeatedKey);
                    }
                    self.space();
                    self.expect(b':')?;
                    let value = self.value(depth + 1)?;
                    fields.push((key, value));
                    self.space();
                    match self.peek() {
                        Some(b',') => self.at += 1,
                        Some(b'}') => {
                            self.at += 1;
                            return Ok(Json::Object(fields));
                        }
                        _ => return Err(JsonError::Expected(b'}')),
                    }
                }
            }
            Some(_) => Err(JsonError::UnexpectedCharacter),
        }
    }

    fn number(&mut self) -> Result<Json, JsonError> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let mut n: i64 = 0;
        let mut digits = 0;
        while let Some(d @ b'0'..=b'9') = self.peek() {
            n = n
                .checked_mul(10)
                .and_then(|n| n.checked_add((d - b'0') as i64))
                .ok_or(JsonError::NumberTooLarge)?;
            digits += 1;
            self.at += 1;
        }
        if digits == 0 {
            return Err(JsonError::NumberWithoutDigits);
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            let before = self.at;
            while self.peek().is_some_and(|b| b.is_ascii_digit()) {
                self.at += 1;
            }
            if self.at == before {
                return Err(JsonError::NumberWithoutDecimals);
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            return Err(JsonError::Exponent);
        }
        Ok(Json::Number(if negative { -n } else { n }))
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.expect(b'"')?;
        let mut out = String::new();
        loop {
            let start = self.at;
            // Copy the plain run up to the next quote or escape in one go.
            while self
                .peek()
                .is_some_and(|b| b != b'"' && b != b'\\' && b >= 0x20)
            {
                self.at += 1;
            }
            // The run stops only at ASCII bytes, which never fall inside a
            // multi-byte character, so both ends are character boundaries.
            out.push_str(&self.text[start..self.at]);
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let c = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            let code = self.hex4()?;
                            let code = if (0xd800..0xdc00).contains(&code) {
                                // A surrogate pair: the low half must follow.
                                if !self.bytes[self.at + 1..].starts_with(b"\\u") {
                                    return Err(JsonError::LoneSurrogate);
                                }
                                self.at += 2;
                                let low = self.hex4()?;
                                if !(0xdc00..0xe000).contains(&low) {
                                    return Err(JsonError::LoneSurrogate);
                                }
                                0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                            } else {
                                code
                            };
                            char::from_u32(code).ok_or(JsonError::BadEscape)?
                        }
                        _ => return Err(JsonError::BadEscape),
                    };
                    out.push(c);
                    self.at += 1;
                }
                Some(_) => return Err(JsonError::ControlCharacter),
                None => return Err(JsonError::UnendedString),
            }
        }
    }

    /// Reads the four hex digits after `\u`; leaves `at` on the last one.
    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self
            .bytes
            .get(self.at + 1..self.at + 5)
            .ok_or(JsonError::BadEscape)?;
        let mut code = 0;
        for &d in digits {
            code = code * 16 + (d as char).to_digit(16).ok_or(JsonError::BadEscape)?;
        }
        self.at += 4;
        Ok(code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: Result<Json, JsonError>) {
        assert_eq!(parse(text), expected, "{text}");
    }

    #[test]
    fn values_parse_as_written() {
        use Json::*;
        check("null", Ok(Null));
        check(" true ", Ok(Bool(true)));
        check("-42", Ok(Number(-42)));
        check("1764201600000.0", Ok(Number(1_764_201_600_000)));
        check(
            r#""a\"b\\c\n\u00e9\ud83d\ude00""#,
            Ok(String("a\"b\\c\né😀".into())),
        );
        check(
            "[1, [], {}]",
            Ok(Array(vec![Number(1), Array(vec![]), Object(vec![])])),
        );
        check(
            r#"{"a": 1, "b": [true]}"#,
            Ok(Object(vec![
                ("a".into(), Number(1)),
                ("b".into(), Array(vec![Bool(true)])),
            ])),
        );
        check("", Err(JsonError::EndsEarly));
        check("{", Err(JsonError::Expected(b'"')));
        check(r#"{"a":1,"a":2}"#, Err(JsonError::RepeatedKey));
        check("1e5", Err(JsonError::Exponent));
        check("99999999999999999999", Err(JsonError::NumberTooLarge));
        check(r#""\ud800""#, Err(JsonError::LoneSurrogate));
        check(r#""\u12"#, Err(JsonError::BadEscape));
        check("[1] x", Err(JsonError::TextAfter));
        check("\"tab\there\"", Err(JsonError::ControlCharacter));
        check("\"open", Err(JsonError::UnendedString));
        check(&"[".repeat(100), Err(JsonError::NestedTooDeeply));
    }

    #[test]
    fn written_strings_read_back() {
        for s in [
            "",
            "plain",
            "quote \" and \\ back",
            "line\nbreak\ttab\u{1}",
            "é😀",
        ] {
            let mut out = std::string::String::new();
            write_str(&mut out, s);
            assert_eq!(parse(&out), Ok(Json::String(s.into())), "{out}");
        }
    }
}
