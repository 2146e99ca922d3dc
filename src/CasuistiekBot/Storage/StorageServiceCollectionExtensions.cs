using CasuistiekBot.Framework.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Storage;

internal static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The database (SQLite by default, PostgreSQL when <c>Database:Provider</c> says so), its migrations at start,
    /// the state store (the database's, or memory with <c>State:Provider=Memory</c>), the conversation-reference store and the "database" readiness check.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Bound lazily, so configuration added later (tests, user secrets) still counts.
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.SectionName))
            .Configure(options => options.ConnectionString = ResolveConnectionString(options, configuration, environment))
            .Validate(options => !string.IsNullOrWhiteSpace(options.ConnectionString),
                $"ConnectionStrings:{DatabaseOptions.ConnectionStringName} is required for PostgreSQL")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        AddDbContextFactory(services);

        services.AddSingleton<DatabaseMigrator>();
        services.AddHostedService(provider => provider.GetRequiredService<DatabaseMigrator>());
        AddStateStore(services, configuration);
        services.AddSingleton<CasuistiekBot.Framework.Pipeline.ITransientFailureClassifier, DatabaseOutageClassifier>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>(DatabaseHealthCheck.Name, tags: [DatabaseHealthCheck.ReadyTag]);
        return services;
    }

    /// <summary>
    /// A pool per provider, each building only when the configured provider asks for it; feature code asks for
    /// <see cref="IDbContextFactory{CasuistiekDbContext}"/> and gets the configured one.
    /// </summary>
    private static void AddDbContextFactory(IServiceCollection services)
    {
        services.AddPooledDbContextFactory<SqliteCasuistiekDbContext>(Configure);
        services.AddPooledDbContextFactory<PostgresCasuistiekDbContext>(Configure);
        services.AddSingleton<IDbContextFactory<CasuistiekDbContext>>(provider =>
            provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider switch
            {
                DatabaseProvider.Sqlite => new ProviderDbContextFactory<SqliteCasuistiekDbContext>(
                    provider.GetRequiredService<IDbContextFactory<SqliteCasuistiekDbContext>>()),
                DatabaseProvider.Postgres => new ProviderDbContextFactory<PostgresCasuistiekDbContext>(
                    provider.GetRequiredService<IDbContextFactory<PostgresCasuistiekDbContext>>()),
                var unknown => throw new InvalidOperationException($"Unknown database provider {unknown}."),
            });

        static void Configure(IServiceProvider provider, DbContextOptionsBuilder builder) =>
            DbContextOptionsConfiguration.Configure(builder, provider.GetRequiredService<IOptions<DatabaseOptions>>().Value);
    }

    private static void AddStateStore(IServiceCollection services, IConfiguration configuration)
    {
        // Read once here, not through IOptions: the choice decides which type is registered.
        var state = configuration.GetSection(StateOptions.SectionName).Get<StateOptions>() ?? new StateOptions();
        if (state.Provider == StateProvider.Memory) services.AddSingleton<IStateStore, MemoryStateStore>();
        else services.AddSingleton<IStateStore, DbStateStore>();
    }

    private static string ResolveConnectionString(DatabaseOptions options, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName) is { Length: > 0 } configured
            ? configured
            : options.ConnectionString;
        if (options.Provider != DatabaseProvider.Sqlite) return connectionString;
        return SqliteDataSource.Resolve(
            string.IsNullOrWhiteSpace(connectionString) ? DatabaseOptions.DefaultSqliteConnectionString : connectionString,
            environment.ContentRootPath);
    }
}
