using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasuistiekBot.Cases;

internal sealed class CasusEntityConfiguration : IEntityTypeConfiguration<Casus>
{
    public void Configure(EntityTypeBuilder<Casus> casus)
    {
        casus.ToTable("cases").HasKey(c => c.Id);
        casus.HasIndex(c => c.Reference).IsUnique().HasDatabaseName("ix_cases_reference");
        casus.HasIndex(c => c.AuthorKey).HasDatabaseName("ix_cases_author_key");
        casus.HasIndex(c => c.Status).HasDatabaseName("ix_cases_status");
        casus.Property(c => c.Version).IsConcurrencyToken();
        // As the migration adds it to existing rows: not urgent unless said so.
        casus.Property(c => c.Urgent).HasDefaultValue(false);
        casus.Property(c => c.Law).HasMaxLength(120);
        casus.Property(c => c.PossiblyDiscriminatory).HasDefaultValue(false);
    }
}


internal sealed class UserProfileEntityConfiguration : IEntityTypeConfiguration<UserProfile>
{
    public void Configure(EntityTypeBuilder<UserProfile> profile) =>
        profile.ToTable("user_profiles").HasKey(p => p.AadObjectId);
}

internal sealed class CasusAdditionConfiguration : IEntityTypeConfiguration<CasusAddition>
{
    public void Configure(EntityTypeBuilder<CasusAddition> addition)
    {
        addition.ToTable("casus_additions").HasKey(a => a.Id);
        addition.HasIndex(a => a.CasusId).HasDatabaseName("ix_casus_additions_casus_id");
        addition.HasOne<Casus>().WithMany().HasForeignKey(a => a.CasusId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CasusNewsConfiguration : IEntityTypeConfiguration<CasusNews>
{
    public void Configure(EntityTypeBuilder<CasusNews> news)
    {
        news.ToTable("casus_news").HasKey(n => n.Id);
        news.HasIndex(n => new { n.CasusId, n.Key }).IsUnique().HasDatabaseName("ix_casus_news_casus_id_key");
        news.HasIndex(n => n.Undelivered).HasDatabaseName("ix_casus_news_undelivered");
        news.HasOne<Casus>().WithMany().HasForeignKey(n => n.CasusId).OnDelete(DeleteBehavior.Cascade);
    }
}
