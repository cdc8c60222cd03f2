namespace MoocBot.Storage;

/// <summary>The SQLite schema, step by step. Never edit a released step: add a new one.</summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "subscriptions, published versions and the notice outbox", """
            CREATE TABLE subscriptions (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                platform TEXT NOT NULL,
                chat_id TEXT NOT NULL,
                is_group INTEGER NOT NULL,
                active INTEGER NOT NULL DEFAULT 1,
                deactivated_reason TEXT,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                UNIQUE (platform, chat_id)
            );
            CREATE TABLE subscription_topics (
                subscription_id INTEGER NOT NULL REFERENCES subscriptions (id),
                topic TEXT NOT NULL,
                PRIMARY KEY (subscription_id, topic)
            );
            CREATE INDEX ix_subscription_topics_topic ON subscription_topics (topic, subscription_id);
            CREATE TABLE fact_versions (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                version TEXT NOT NULL,
                previous_id INTEGER NOT NULL UNIQUE,
                snapshot TEXT NOT NULL,
                published_at INTEGER NOT NULL
            );
            CREATE TABLE notices (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                version_id INTEGER NOT NULL REFERENCES fact_versions (id),
                topic TEXT NOT NULL,
                reply TEXT NOT NULL,
                created_at INTEGER NOT NULL
            );
            CREATE TABLE deliveries (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                notice_id INTEGER NOT NULL REFERENCES notices (id),
                subscription_id INTEGER NOT NULL REFERENCES subscriptions (id),
                platform TEXT NOT NULL,
                status INTEGER NOT NULL DEFAULT 0,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at INTEGER NOT NULL,
                lease_owner TEXT,
                lease_until INTEGER,
                last_error TEXT,
                sent_at INTEGER,
                UNIQUE (notice_id, subscription_id)
            );
            CREATE INDEX ix_deliveries_due ON deliveries (platform, next_attempt_at) WHERE status = 0;
            CREATE INDEX ix_deliveries_subscription ON deliveries (subscription_id) WHERE status = 0;
            """),
        new(2, "the opt-in log of unanswered questions (no user or chat ids)", """
            CREATE TABLE unanswered_questions (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                platform TEXT NOT NULL,
                text TEXT NOT NULL,
                normalized TEXT NOT NULL,
                asked_at INTEGER NOT NULL
            );
            CREATE INDEX ix_unanswered_questions_asked_at ON unanswered_questions (asked_at);
            """),
        new(3, "when a delivery's send started, so a restarted host knows which sends its crash cut off", """
            ALTER TABLE deliveries ADD COLUMN send_started_at INTEGER;
            """),
        new(4, "each chat's reply language (/language)", """
            CREATE TABLE chat_languages (
                platform TEXT NOT NULL,
                chat_id TEXT NOT NULL,
                language TEXT NOT NULL,
                updated_at INTEGER NOT NULL,
                PRIMARY KEY (platform, chat_id)
            );
            """),
        new(5, "who published each fact version (the running bot or `facts publish`)", """
            ALTER TABLE fact_versions ADD COLUMN published_by TEXT;
            """),
        new(6, "each user's conversation context per chat, for follow-up questions (\"and in the west?\")", """
            CREATE TABLE conversation_contexts (
                platform TEXT NOT NULL,
                chat_id TEXT NOT NULL,
                user_id TEXT NOT NULL,
                question TEXT NOT NULL,
                measure_id TEXT NOT NULL,
                topic TEXT NOT NULL,
                time_asked TEXT,
                asked_at INTEGER NOT NULL,
                PRIMARY KEY (platform, chat_id, user_id)
            );
            CREATE INDEX ix_conversation_contexts_asked_at ON conversation_contexts (asked_at);
            """),
    ];
}
