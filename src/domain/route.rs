//! Hash routes: the app's addresses, stable because others link to them.
//! They live in the fragment so they work from `file://`, in iframes and on
//! any static host.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Quiz,
    Result,
}

impl Route {
    /// Reads a `location.hash` such as `#/quiz`. Anything unknown is home.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.split(['?', '#']).next().unwrap_or("");
        match path.trim_end_matches('/') {
            "quiz" => Route::Quiz,
            "result" => Route::Result,
            _ => Route::Home,
        }
    }

    pub fn hash(&self) -> &'static str {
        match self {
            Route::Home => "#/",
            Route::Quiz => "#/quiz",
            Route::Result => "#/result",
        }
    }
}
