using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Storage;

/// <summary>
/// The app's tables. One subclass per provider (<see cref="SqliteCasuistiekDbContext"/>,
/// <see cref="PostgresCasuistiekDbContext"/>), because EF keeps migrations and model snapshots per context type and
/// the two providers store times differently; feature code only sees this type.
/// </summary>
internal abstract partial class CasuistiekDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ConversationStateRow> ConversationStates => Set<ConversationStateRow>();
    public DbSet<ConversationReferenceRow> ConversationReferences => Set<ConversationReferenceRow>();
    public DbSet<ProcessedActivityRow> ProcessedActivities => Set<ProcessedActivityRow>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite()) configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        else configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ConversationStateRow>(state =>
        {
            state.ToTable("conversation_states").HasKey(s => s.Key);
        });
        modelBuilder.Entity<ConversationReferenceRow>(reference =>
        {
            reference.ToTable("conversation_references").HasKey(r => new { r.ChannelId, r.ConversationId });
            reference.HasIndex(r => r.UserAadObjectId).HasDatabaseName("ix_conversation_references_user_aad_object_id");
            reference.Property(r => r.Language).HasMaxLength(2);
            reference.Property(r => r.LanguagePreference).HasMaxLength(2);
        });
        modelBuilder.Entity<ProcessedActivityRow>(activity =>
        {
            activity.ToTable("processed_activities").HasKey(a => new { a.ChannelId, a.ConversationId, a.ActivityId });
            activity.HasIndex(a => a.SeenAt).HasDatabaseName("ix_processed_activities_seen_at");
        });
        modelBuilder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable("audit_entries").HasKey(a => a.Id);
            audit.HasIndex(a => new { a.SubjectType, a.SubjectId }).HasDatabaseName("ix_audit_entries_subject");
            audit.HasIndex(a => a.At).HasDatabaseName("ix_audit_entries_at");
        });

        // Each capability configures its own tables (IEntityTypeConfiguration in its folder); migrations are generated from the model.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CasuistiekDbContext).Assembly);

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties()) property.SetColumnName(ToSnakeCase(property.Name));
            entity.FindPrimaryKey()?.SetName("pk_" + entity.GetTableName());
        }
    }

    private static string ToSnakeCase(string name) => WordStart().Replace(name, "_$1").ToLowerInvariant();

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex WordStart();
}
