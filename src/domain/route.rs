//! Hash routes: the app's addresses, stable because others link to them.
//! They live in the fragment so they work from `file://`, in iframes and on
//! any static host.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Quiz,
    Result,
    /// A learn page by its id, such as `sre`; an empty id is the index.
    Learn(String),
    Compare,
    /// How this quiz works: what it measures, how it scores, its sources.
    Method,
    /// A shared result: its answers are in the token, never on a server.
    Shared(String),
}

impl Route {
    /// Reads a `location.hash` such as `#/quiz`. Anything unknown is home.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.split(['?', '#']).next().unwrap_or("");
        let mut parts = path.trim_end_matches('/').splitn(2, '/');
        match (parts.next().unwrap_or(""), parts.next()) {
            ("quiz", None) => Route::Quiz,
            ("result", None) => Route::Result,
            ("compare", None) => Route::Compare,
            ("method", None) => Route::Method,
            ("learn", None) => Route::Learn(String::new()),
            ("learn", Some(id)) if !id.contains('/') => Route::Learn(id.to_string()),
            ("r", Some(token)) if !token.is_empty() => Route::Shared(token.to_string()),
            _ => Route::Home,
        }
    }

    pub fn hash(&self) -> String {
        match self {
            Route::Home => "#/".into(),
            Route::Quiz => "#/quiz".into(),
            Route::Result => "#/result".into(),
            Route::Learn(id) if id.is_empty() => "#/learn".into(),
            Route::Learn(id) => "#/learn/".to_string() + id,
            Route::Compare => "#/compare".into(),
            Route::Method => "#/method".into(),
            Route::Shared(token) => "#/r/".to_string() + token,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Route;

    fn check(hash: &str, route: Route) {
        assert_eq!(Route::parse(hash), route, "{hash}");
    }

    #[test]
    fn routes_parse_and_print() {
        check("", Route::Home);
        check("#/", Route::Home);
        check("#/quiz", Route::Quiz);
        check("#/quiz/", Route::Quiz);
        check("#/result", Route::Result);
        check("#/compare", Route::Compare);
        check("#/method", Route::Method);
        check("#/method/", Route::Method);
        check("#/method?embed=blog", Route::Method);
        check("#/method/sources", Route::Home);
        check("#/learn", Route::Learn(String::new()));
        check("#/learn/sre", Route::Learn("sre".into()));
        check("#/learn/sre/extra", Route::Home);
        check("#/nowhere", Route::Home);
        check("#/r/AQID", Route::Shared("AQID".into()));
        check("#/r/", Route::Home);
        for r in [
            Route::Home,
            Route::Quiz,
            Route::Result,
            Route::Compare,
            Route::Method,
            Route::Learn("devops".into()),
            Route::Shared("AQID-_x".into()),
        ] {
            assert_eq!(Route::parse(&r.hash()), r);
        }
    }
}
