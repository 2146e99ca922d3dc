namespace CasuistiekBot.Storage;

/// <summary>
/// A change to stored rows that SQL in a migration cannot make, because it needs the app's code or keys (sealing a
/// value with a key kept outside the database, say). The migrator runs it just before it applies the migration named
/// <see cref="Before"/> (the name without its timestamp, the same for both providers), so the step still sees what that
/// migration drops. A step must be harmless when run twice: an instance may stop between the step and the migration.
/// </summary>
internal interface IMigrationDataStep
{
    string Before { get; }

    Task RunAsync(CasuistiekDbContext db, CancellationToken cancellationToken);
}
