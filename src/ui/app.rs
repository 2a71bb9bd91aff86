//! The root: reads storage once, owns the one state signal, persists it with
//! one effect, and picks the page from the hash route.

use leptos::prelude::*;

use crate::browser::location;
use crate::browser::storage::Store;
use crate::domain::quiz::{Action, Progress};
use crate::domain::record::{self, LoadNotice};
use crate::domain::route::Route;
use crate::domain::shipped::{QUIZ_EN, UI_EN};
use crate::ui::compare_page::ComparePage;
use crate::ui::home::HomePage;
use crate::ui::learn_page::LearnPage;
use crate::ui::notices::Notices;
use crate::ui::question_card::QuizPage;
use crate::ui::result_page::ResultPage;

/// What every page may use: read the state, name an action, go somewhere.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub progress: ReadSignal<Progress>,
    set_progress: WriteSignal<Progress>,
    pub route: ReadSignal<Route>,
    pub persistent: ReadSignal<bool>,
    pub notice: ReadSignal<Option<LoadNotice>>,
}

impl Ctx {
    pub fn dispatch(&self, action: Action) {
        self.set_progress.update(|p| p.apply(&QUIZ_EN, action));
    }

    pub fn go(&self, route: Route) {
        location::set_hash(&route.hash());
    }
}

pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}

pub fn mount() {
    leptos::mount::mount_to_body(App);
}

#[component]
pub fn App() -> impl IntoView {
    let store = Store::open();
    let key = record::progress_key(None, &QUIZ_EN.id);
    let raw = store.read(&key);
    let loaded = record::load(&QUIZ_EN, raw.as_deref());
    if let (Some(kind), Some(raw)) = (loaded.set_aside, raw.as_deref()) {
        let _ = store.write(&record::set_aside_key(kind, location::now_ms()), raw);
    }

    let (progress, set_progress) = signal(loaded.progress);
    let (persistent, set_persistent) = signal(store.is_persistent());
    let (notice, _) = signal(loaded.notice);
    let (route, set_route) = signal(Route::parse(&location::hash()));
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(Route::parse(&location::hash()));
    });

    // Persistence is this one effect: every change of progress is saved.
    Effect::new(move |_| {
        let raw = progress.with(|p| record::encode(&QUIZ_EN, p, location::now_ms()));
        if store.is_persistent() && store.write(&key, &raw).is_err() {
            set_persistent.set(false);
        }
    });

    provide_context(Ctx {
        progress,
        set_progress,
        route,
        persistent,
        notice,
    });

    view! {
        <header class="site">
            <a class="brand" href="#/">{UI_EN.app_name}</a>
            <nav aria-label=UI_EN.nav_label>
                <a href="#/quiz">{UI_EN.nav_quiz}</a>
                <a href="#/learn">{UI_EN.nav_learn}</a>
                <a href="#/compare">{UI_EN.nav_compare}</a>
            </nav>
        </header>
        <main id="main">
            <Notices/>
            {move || match route.get() {
                Route::Home => view! { <HomePage/> }.into_any(),
                Route::Quiz => view! { <QuizPage/> }.into_any(),
                Route::Result => view! { <ResultPage/> }.into_any(),
                Route::Learn(id) => view! { <LearnPage id/> }.into_any(),
                Route::Compare => view! { <ComparePage/> }.into_any(),
            }}
        </main>
    }
}
