using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasuistiekBot.Threads;

internal sealed class ThreadLinkConfiguration : IEntityTypeConfiguration<ThreadLink>
{
    public void Configure(EntityTypeBuilder<ThreadLink> link)
    {
        link.ToTable("thread_links").HasKey(l => l.Id);
        link.Property(l => l.FromKind).HasMaxLength(10);
        link.Property(l => l.ToKind).HasMaxLength(10);
        link.HasIndex(l => new { l.FromId, l.ToId }).IsUnique().HasDatabaseName("ix_thread_links_from_to");
        link.HasIndex(l => l.ToId).HasDatabaseName("ix_thread_links_to");
    }
}

internal sealed class ThreadPromptConfiguration : IEntityTypeConfiguration<ThreadPrompt>
{
    public void Configure(EntityTypeBuilder<ThreadPrompt> prompt)
    {
        prompt.ToTable("thread_prompts").HasKey(p => p.CasusId);
        prompt.Property(p => p.CasusId).ValueGeneratedNever();
    }
}
