using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasuistiekBot.References;

/// <summary>Maps one series' counter table; the SQL in <see cref="ReferenceNumbers"/> is the only code that touches it.</summary>
internal abstract class CounterEntityConfiguration<T>(ReferenceSeries series) : IEntityTypeConfiguration<T> where T : YearCounter
{
    public void Configure(EntityTypeBuilder<T> counter)
    {
        counter.ToTable(series.CounterTable).HasKey(c => c.Year);
        counter.Property(c => c.Year).ValueGeneratedNever();
    }
}
