using System.Data.Common;
using System.Net.Sockets;
using CasuistiekBot.Framework.Pipeline;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CasuistiekBot.Storage;

/// <summary>
/// A database that cannot be reached (or is busy beyond its timeout) is an outage, not a bug: the turn is answered
/// with 503 so that the channel delivers it again once the database is back.
/// </summary>
internal sealed class DatabaseOutageClassifier : ITransientFailureClassifier
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteCannotOpen = 14;

    public bool IsTransient(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case SqliteException sqlite when sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked or SqliteCannotOpen:
                case NpgsqlException { IsTransient: true }:
                case PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "53300" }:
                case DbException { IsTransient: true }:
                case SocketException:
                case TimeoutException:
                    return true;
            }
        }
        return false;
    }
}
