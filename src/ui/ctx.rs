//! What every page takes from context: the state with the actions that
//! change it, and the content to show.

use leptos::prelude::*;

use crate::browser::location;
use crate::domain::quiz::Action;
use crate::domain::record::{LoadNotice, Unkept};
use crate::domain::route::Route;
use crate::domain::session::{Applied, Session, SessionAction};
use crate::domain::shipped::Content;

/// A message for the person that is not about loading, such as an import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flash {
    pub text: String,
}

/// What every page may use: read the state, name an action, go somewhere.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub session: ReadSignal<Session>,
    pub(super) set_session: WriteSignal<Session>,
    /// What does not outlive the page, if anything (`record::Unkept`).
    pub unkept: ReadSignal<Option<Unkept>>,
    pub notice: ReadSignal<Option<LoadNotice>>,
    pub flash: RwSignal<Option<Flash>>,
    /// A new version of the app is installed and waits for a reload.
    pub update_ready: ReadSignal<bool>,
    pub content: Content,
    pub(super) set_route: WriteSignal<Route>,
    /// Mounted into a host's page (`mount.js`): the host's address, scroll
    /// and focus are not the app's to change.
    pub mounted: bool,
}

impl Ctx {
    pub fn dispatch(&self, action: impl Into<SessionAction>) -> Applied {
        self.dispatch_one(action.into())
    }

    // One copy of the body in the wasm, whatever `dispatch` is called with.
    fn dispatch_one(&self, action: SessionAction) -> Applied {
        let now = location::now_ms();
        let engine = self.content.engine;
        let mut applied = Applied::InProgress;
        self.set_session
            .update(|s| applied = s.apply(engine, action, now));
        applied
    }

    /// Goes to a screen: through the address on the app's own page, through
    /// the app's own state when mounted into a host's page.
    pub fn go(&self, route: Route) {
        if self.mounted {
            self.set_route.set(route);
        } else {
            location::set_hash(&route.hash());
        }
    }

    /// Forgets every answer and opens the first question.
    pub fn start_over(&self) {
        self.dispatch(Action::Restart);
        self.go(Route::Quiz);
    }

    pub fn tell(&self, text: &str) {
        self.flash.set(Some(Flash {
            text: text.to_string(),
        }));
    }
}

pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}

/// The content to show, as chosen once by the app.
pub fn use_content() -> Content {
    use_ctx().content
}
