-- The id of this database, also written to the data folder (tenor.id) once it exists: a folder
-- whose marker is there but whose database is missing, empty or another one is refused
-- (DataFolder) rather than silently started afresh without its history and score cache.
CREATE TABLE data_folder (
    id              CHAR(36) PRIMARY KEY,
    made            TIMESTAMP NOT NULL
);
