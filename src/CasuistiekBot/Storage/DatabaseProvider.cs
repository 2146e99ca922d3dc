namespace CasuistiekBot.Storage;

internal enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
