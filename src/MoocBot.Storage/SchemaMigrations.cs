namespace MoocBot.Storage;

/// <summary>
/// The schema, step by step, written once for both databases: a column's type is named in braces ({text}, {time}, ...)
/// and <see cref="SqlDialect"/> writes it in SQLite's or PostgreSQL's words. Never edit a released step: add a new one.
/// </summary>
internal static class SchemaMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "subscriptions, published versions and the notice outbox", """
            CREATE TABLE subscriptions (
                id {id},
                platform {text} NOT NULL,
                chat_id {text} NOT NULL,
                is_group {bool} NOT NULL,
                active {bool} NOT NULL DEFAULT {true},
                deactivated_reason {text},
                created_at {time} NOT NULL,
                updated_at {time} NOT NULL,
                UNIQUE (platform, chat_id)
            );
            CREATE TABLE subscription_topics (
                subscription_id {ref} NOT NULL REFERENCES subscriptions (id),
                topic {text} NOT NULL,
                PRIMARY KEY (subscription_id, topic)
            );
            CREATE INDEX ix_subscription_topics_topic ON subscription_topics (topic, subscription_id);
            CREATE TABLE fact_versions (
                id {id},
                version {text} NOT NULL,
                previous_id {ref} NOT NULL UNIQUE,
                snapshot {text} NOT NULL,
                published_at {time} NOT NULL
            );
            CREATE TABLE notices (
                id {id},
                version_id {ref} NOT NULL REFERENCES fact_versions (id),
                topic {text} NOT NULL,
                reply {text} NOT NULL,
                created_at {time} NOT NULL
            );
            CREATE TABLE deliveries (
                id {id},
                notice_id {ref} NOT NULL REFERENCES notices (id),
                subscription_id {ref} NOT NULL REFERENCES subscriptions (id),
                platform {text} NOT NULL,
                status {small} NOT NULL DEFAULT 0,
                attempts {int} NOT NULL DEFAULT 0,
                next_attempt_at {time} NOT NULL,
                lease_owner {text},
                lease_until {time},
                last_error {text},
                sent_at {time},
                UNIQUE (notice_id, subscription_id)
            );
            CREATE INDEX ix_deliveries_due ON deliveries (platform, next_attempt_at) WHERE status = 0;
            CREATE INDEX ix_deliveries_subscription ON deliveries (subscription_id) WHERE status = 0;
            """),
        new(2, "the opt-in log of unanswered questions (no user or chat ids)", """
            CREATE TABLE unanswered_questions (
                id {id},
                platform {text} NOT NULL,
                text {text} NOT NULL,
                normalized {text} NOT NULL,
                asked_at {time} NOT NULL
            );
            CREATE INDEX ix_unanswered_questions_asked_at ON unanswered_questions (asked_at);
            """),
        new(3, "when a delivery's send started, so a restarted host knows which sends its crash cut off", """
            ALTER TABLE deliveries ADD COLUMN send_started_at {time};
            """),
        new(4, "each chat's reply language (/language)", """
            CREATE TABLE chat_languages (
                platform {text} NOT NULL,
                chat_id {text} NOT NULL,
                language {text} NOT NULL,
                updated_at {time} NOT NULL,
                PRIMARY KEY (platform, chat_id)
            );
            """),
        new(5, "who published each fact version (the running bot or `facts publish`)", """
            ALTER TABLE fact_versions ADD COLUMN published_by {text};
            """),
        new(6, "each user's conversation context per chat, for follow-up questions (\"and in the west?\")", """
            CREATE TABLE conversation_contexts (
                platform {text} NOT NULL,
                chat_id {text} NOT NULL,
                user_id {text} NOT NULL,
                question {text} NOT NULL,
                measure_id {text} NOT NULL,
                topic {text} NOT NULL,
                time_asked {text},
                asked_at {time} NOT NULL,
                PRIMARY KEY (platform, chat_id, user_id)
            );
            CREATE INDEX ix_conversation_contexts_asked_at ON conversation_contexts (asked_at);
            """),
    ];
}
