using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Storage;

/// <summary>Hands feature code the configured provider's context (pooled) as the common <see cref="CasuistiekDbContext"/>.</summary>
internal sealed class ProviderDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<CasuistiekDbContext>
    where TContext : CasuistiekDbContext
{
    public CasuistiekDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<CasuistiekDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
