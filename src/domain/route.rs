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
    /// A shared result: its figures are in the token, never on a server.
    Shared(String),
    /// The person's data: export, a resume code, import.
    Data,
}

impl Route {
    /// Reads a `location.hash` such as `#/quiz`. Anything unknown is home;
    /// a section of a long page is the page (see [`Place`]).
    pub fn parse(hash: &str) -> Route {
        Place::parse(hash).route
    }

    /// Whether the route's screen is a long page with an "On this page" list,
    /// whose sections have addresses of their own.
    pub fn has_sections(&self) -> bool {
        matches!(self, Route::Compare | Route::Method)
            || matches!(self, Route::Learn(id) if !id.is_empty())
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
            Route::Data => "#/data".into(),
            Route::Shared(token) => "#/r/".to_string() + token,
        }
    }
}

/// A route and, on a long page, one of its sections: `#/learn/sre/tools` is
/// the section `tools` of the learn page `sre`. A section is a route of its
/// own (a bare `#tools` would leave the app's routes), and it names the
/// section by its content id, so the link lasts as long as the id does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub route: Route,
    pub section: Option<String>,
}

impl Place {
    pub fn parse(hash: &str) -> Place {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.split(['?', '#']).next().unwrap_or("");
        let parts: Vec<&str> = path.trim_end_matches('/').split('/').collect();
        let at = |route: Route, section: &str| Place {
            route,
            section: Some(section.to_string()),
        };
        let whole = |route: Route| Place {
            route,
            section: None,
        };
        match parts.as_slice() {
            ["quiz"] => whole(Route::Quiz),
            ["result"] => whole(Route::Result),
            ["compare"] => whole(Route::Compare),
            ["compare", s] if is_section(s) => at(Route::Compare, s),
            ["compare", _] => whole(Route::Compare),
            ["method"] => whole(Route::Method),
            ["method", s] if is_section(s) => at(Route::Method, s),
            ["method", _] => whole(Route::Method),
            ["data"] => whole(Route::Data),
            ["learn"] => whole(Route::Learn(String::new())),
            ["learn", id] if !id.is_empty() => whole(Route::Learn(id.to_string())),
            ["learn", id, s] if !id.is_empty() && is_section(s) => {
                at(Route::Learn(id.to_string()), s)
            }
            ["learn", id, _] if !id.is_empty() => whole(Route::Learn(id.to_string())),
            ["r", token] if !token.is_empty() => whole(Route::Shared(token.to_string())),
            _ => whole(Route::Home),
        }
    }

    /// The address of a section of a long page.
    pub fn section_of(route: &Route, section: &str) -> String {
        [&route.hash(), "/", section].concat()
    }
}

/// A section id as content writes them: lowercase letters, digits, dashes.
fn is_section(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::{Place, Route};

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
        check("#/method/sources", Route::Method);
        check("#/method/a/b", Route::Home);
        check("#/data", Route::Data);
        check("#/learn", Route::Learn(String::new()));
        check("#/learn/sre", Route::Learn("sre".into()));
        check("#/learn/sre/extra", Route::Learn("sre".into()));
        check("#/learn/sre/a/b", Route::Home);
        check("#/quiz/what", Route::Home);
        check("#/nowhere", Route::Home);
        check("#/r/AQID", Route::Shared("AQID".into()));
        check("#/r/", Route::Home);
        for r in [
            Route::Home,
            Route::Quiz,
            Route::Result,
            Route::Compare,
            Route::Method,
            Route::Data,
            Route::Learn("devops".into()),
            Route::Shared("AQID-_x".into()),
        ] {
            assert_eq!(Route::parse(&r.hash()), r);
        }
    }

    #[test]
    fn sections_of_long_pages_have_addresses() {
        let sre = || Route::Learn("sre".into());
        let cases: [(&str, Route, Option<&str>); 12] = [
            ("#/learn/sre/tools", sre(), Some("tools")),
            ("#/learn/sre/tools/", sre(), Some("tools")),
            ("#/learn/sre/on-call-2", sre(), Some("on-call-2")),
            ("#/learn/sre", sre(), None),
            ("#/compare/focus", Route::Compare, Some("focus")),
            ("#/method/sources?embed=x", Route::Method, Some("sources")),
            // Not a content id: the page, from its top.
            ("#/learn/sre/Tools", sre(), None),
            ("#/learn/sre/<b>", sre(), None),
            ("#/compare/a%20b", Route::Compare, None),
            // Screens without sections take none.
            ("#/quiz/tools", Route::Home, None),
            ("#/learn//tools", Route::Home, None),
            ("#/r/AQID/tools", Route::Home, None),
        ];
        for (hash, route, section) in cases {
            let place = Place::parse(hash);
            assert_eq!(place.route, route, "{hash}");
            assert_eq!(place.section.as_deref(), section, "{hash}");
            if let Some(s) = section {
                assert_eq!(Place::parse(&Place::section_of(&route, s)), place, "{hash}");
            }
        }
    }

    #[test]
    fn only_long_pages_have_sections() {
        assert!(Route::Learn("sre".into()).has_sections());
        assert!(Route::Compare.has_sections());
        assert!(Route::Method.has_sections());
        assert!(!Route::Learn(String::new()).has_sections());
        assert!(!Route::Quiz.has_sections());
        assert!(!Route::Home.has_sections());
    }
}
