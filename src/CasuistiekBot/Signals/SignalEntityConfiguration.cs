using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasuistiekBot.Signals;

internal sealed class SignalEntityConfiguration : IEntityTypeConfiguration<Signal>
{
    public void Configure(EntityTypeBuilder<Signal> signal)
    {
        signal.ToTable("signals").HasKey(s => s.Id);
        signal.HasIndex(s => s.Reference).IsUnique().HasDatabaseName("ix_signals_reference");
        signal.HasIndex(s => s.OwnerAadObjectId).HasDatabaseName("ix_signals_owner_aad_object_id");
        signal.HasIndex(s => s.Status).HasDatabaseName("ix_signals_status");
        signal.Property(s => s.Version).IsConcurrencyToken();
    }
}

internal sealed class SignalCounterEntityConfiguration : IEntityTypeConfiguration<SignalCounter>
{
    public void Configure(EntityTypeBuilder<SignalCounter> counter)
    {
        counter.ToTable("signal_counters").HasKey(c => c.Year);
        counter.Property(c => c.Year).ValueGeneratedNever();
    }
}
