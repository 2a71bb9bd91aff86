//! The root: reads storage once, owns the one state signal, persists it with
//! one effect, keeps tabs in step, and picks the page from the route: the
//! hash, or, mounted into a host's page, the app's own state.

use leptos::prelude::*;

use crate::browser::storage::Store;
use crate::browser::{embed, location, page, panic_screen};
use crate::domain::content::Verdict;
use crate::domain::embed::{self as domain_embed, EmbedConfig, EventKind, Told};
use crate::domain::record::{self, Save, Synced};
use crate::domain::route::{Place, Route};
use crate::domain::session::{Session, SessionAction};
use crate::domain::shipped::{self, Content};
use crate::ui::ctx::{Ctx, Flash};
use crate::ui::data_panel::DataPanel;
use crate::ui::home::HomePage;
use crate::ui::language_control::LanguageControl;
use crate::ui::notices::Notices;
use crate::ui::page_contents::{BackToTop, Section};
use crate::ui::page_text::ModuleState;
use crate::ui::question_card::QuizPage;
use crate::ui::result_page::{BackToResult, ResultPage, SharedResultPage};
use crate::ui::text_screen::text_screen;

pub fn mount() {
    panic_screen::install();
    leptos::mount::mount_to_body(|| app(None));
}

/// Mounts into a given element, for sites that embed without an iframe.
pub fn mount_into(element: web_sys::HtmlElement) {
    panic_screen::install_in(element.clone());
    let inside = element.clone();
    leptos::mount::mount_to(element, move || app(Some(inside))).forget();
}

/// The whole app. `mounted_in` is the host's element when a site mounted the
/// app into its own page: the app then touches only that element. Its
/// routes live in its own state, not the host's address; focus and scroll
/// stay inside it; the theme comes from the element's custom properties,
/// not the host's query. (A plain function, not a component: a component with a
/// prop costs its props builder in the wasm.)
fn app(mounted_in: Option<web_sys::HtmlElement>) -> impl IntoView {
    let content = shipped::content();
    let Content {
        quiz, ui, engine, ..
    } = content;
    let mounted = mounted_in.is_some();
    // Mounted, the host's query is not the app's: its theme is the element's
    // custom properties, which mount.js sets from its options.
    let host = if mounted {
        EmbedConfig::default()
    } else {
        let config = embed::config();
        embed::apply(&config);
        config
    };
    let store = StoredValue::new_local(Store::open());
    // Two embeds on one page keep separate progress.
    let key = record::progress_key(host.id.as_deref(), &quiz.id);
    let (loaded, synced) = store.with_value(|s| record::open(engine, s, &key, location::now_ms()));
    let (session, set_session) = signal(loaded.session);
    let synced = StoredValue::new(synced);
    let (unkept, set_unkept) = signal(synced.with_value(Synced::unkept));
    let (notice, _) = signal(loaded.notice);
    let flash = RwSignal::new(None::<Flash>);
    // register.js registers only once the app runs, so the event is heard.
    let (update_ready, set_update_ready) = signal(false);
    let _ = window_event_listener_untyped("opsfit-update", move |_| set_update_ready.set(true));
    let start = if mounted {
        Place::parse("#/")
    } else {
        Place::parse(&location::hash())
    };
    let (route, set_route) = signal(start.route);
    let (section, set_section) = signal(start.section);
    let go_to = move |hash: &str| {
        let place = Place::parse(hash);
        // Moving to a section of the same page does not redraw the page.
        if route.with_untracked(|r| *r != place.route) {
            set_route.set(place.route);
        }
        set_section.set(place.section);
    };
    match &mounted_in {
        Some(element) => page::keep_links_inside(element, go_to),
        None => {
            let _ = window_event_listener(leptos::ev::hashchange, move |_| {
                let hash = location::hash();
                // A way to see the crash screen by hand in a debug build;
                // release builds do not contain it.
                #[cfg(debug_assertions)]
                if hash == "#/__panic" {
                    panic!("a panic asked for by #/__panic");
                }
                go_to(&hash);
            });
        }
    }
    provide_context(Section(section));
    provide_context(ModuleState::default());
    let ctx = Ctx {
        session,
        set_session,
        unkept,
        notice,
        flash,
        update_ready,
        content,
        set_route,
        mounted,
    };
    let adopt = move |other: Session| {
        ctx.dispatch(SessionAction::Adopt(other));
        ctx.tell(ui.notice_other_tab);
    };

    // Another tab saved: take its progress if it is newer.
    let storage_key = key.clone();
    let _ = window_event_listener(leptos::ev::storage, move |ev| {
        let (changed, value) = (ev.key(), ev.new_value());
        let mut newer = None;
        synced.update_value(|s| {
            newer = s.heard(engine, &storage_key, changed.as_deref(), value.as_deref())
        });
        if let Some(other) = newer {
            adopt(other);
        }
    });

    // Persistence is this one effect: every change of the session is saved,
    // by the rules of `Synced`.
    Effect::new(move |_| {
        let current = session.get();
        let stored = store.with_value(|s| s.read(&key));
        let now = location::now_ms();
        let mut save = Save::Skip;
        synced.update_value(|s| save = s.next(engine, &current, stored.as_deref(), now));
        match save {
            Save::Skip => {}
            Save::Adopt(other) => adopt(other),
            Save::Write(raw) => {
                let accepted = store.with_value(|s| s.write(&key, &raw)).is_ok();
                synced.update_value(|s| s.saved(accepted));
            }
        }
        // Set only on a change: the notices are a live region.
        let now_unkept = synced.with_value(Synced::unkept);
        if now_unkept != unkept.get_untracked() {
            set_unkept.set(now_unkept);
        }
    });

    // Tells the host page what the person does, if it asked.
    if host.is_embedded() {
        embed::send(&host, EventKind::Ready, &host.ready_fields());
        embed::watch_height(host.clone());
        let told = StoredValue::new(
            session
                .with_untracked(|s| Told::new(s.progress.n_answered(), s.progress.is_finished())),
        );
        Effect::new(move |_| {
            let (answered, finished) =
                session.with(|s| (s.progress.n_answered(), s.progress.is_finished()));
            let mut due = Vec::new();
            told.update_value(|t| due = t.next(answered, finished));
            for kind in due {
                let fields = if kind == EventKind::Complete {
                    let score = session.with(|s| engine.score(s.progress.answers()));
                    let [a, b] = score.whole_percent();
                    let pole = |p: u8| quiz.outcome(Verdict::Pole(p)).id.as_ref();
                    domain_embed::complete_fields(
                        &quiz.outcome(score.verdict).id,
                        [(pole(0), a), (pole(1), b)],
                    )
                } else {
                    domain_embed::progress_fields(answered, quiz.questions.len())
                };
                embed::send(&host, kind, &fields);
            }
        });
    }

    provide_context(ctx);

    // A new screen starts at its top, with focus on its main region, so
    // keyboard and screen-reader users are not left where the old one was.
    // The quiz moves focus to each question itself.
    // Mounted, the host's page may have a `#main` of its own: the app's
    // main region has an id of its own there.
    let main_id = if mounted { "opsfit-main" } else { "main" };
    Effect::new(move |previous: Option<Route>| {
        let now = route.get();
        // An address of a section moves there instead (`page_text`).
        let at_section = section.with_untracked(Option::is_some);
        if previous.is_some_and(|p| p != now) && now != Route::Quiz && !at_section {
            page::focus_main(main_id, !mounted);
        }
        now
    });

    // The screen's name as main's class: learn pages wear their role's
    // colour (`page-sre`), and the header marks where the person is, in CSS.
    let page_class = move || match route.get() {
        Route::Learn(id) if !id.is_empty() => ["page-", &id].concat(),
        Route::Learn(_) => "page-learn".into(),
        Route::Quiz => "page-quiz".into(),
        Route::Compare => "page-compare".into(),
        _ => String::new(),
    };

    view! {
        <a class="skip" href="#main" on:click=move |ev| {
            ev.prevent_default();
            page::focus_main(main_id, false);
        }>{ui.skip_to_content}</a>
        <header class="site">
            <a class="brand" href="#/">
                <span class="wordmark">{ui.app_name}</span>
            </a>
            <nav aria-label=ui.nav_label>
                <a class="to-quiz" href="#/quiz">{ui.nav_quiz}</a>
                <a class="to-learn" href="#/learn">{ui.nav_learn}</a>
                <a class="to-compare" href="#/compare">{ui.nav_compare}</a>
            </nav>
            <LanguageControl/>
        </header>
        // Inside main, so that it is in a landmark.
        <main id=main_id tabindex="-1" class=page_class>
            <BackToResult route/>
            <Notices/>
            {move || match route.get() {
                Route::Home => view! { <HomePage/> }.into_any(),
                Route::Quiz => view! { <QuizPage/> }.into_any(),
                Route::Result => view! { <ResultPage/> }.into_any(),
                r @ (Route::Learn(_) | Route::Compare | Route::Method) => text_screen(r).into_any(),
                Route::Data => view! { <DataPanel/> }.into_any(),
                Route::Shared(token) => view! { <SharedResultPage token/> }.into_any(),
            }}
        </main>
        <footer class="site">
            <a href="#/data">{ui.data_heading}</a>
            <BackToTop/>
        </footer>
    }
}
