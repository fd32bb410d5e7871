-- Small facts the bot remembers about itself, such as the hash of the slash commands it last registered.
CREATE TABLE bot_state (
    name       VARCHAR(100)  NOT NULL PRIMARY KEY,
    content    VARCHAR(1000) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
