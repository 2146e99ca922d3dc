using CasuistiekBot.Framework.Pipeline.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasuistiekBot.Triage;

internal sealed class TriageDecisionConfiguration : IEntityTypeConfiguration<TriageDecision>
{
    public void Configure(EntityTypeBuilder<TriageDecision> decision)
    {
        decision.ToTable("triage_decisions").HasKey(d => d.CasusId);
        decision.Property(d => d.CasusId).ValueGeneratedNever();
        decision.Property(d => d.Nonce).HasMaxLength(CardNonce.KeyLength);
        decision.HasIndex(d => d.Nonce).IsUnique().HasDatabaseName("ix_triage_decisions_nonce");
    }
}

internal sealed class CasusQuestionConfiguration : IEntityTypeConfiguration<CasusQuestion>
{
    public void Configure(EntityTypeBuilder<CasusQuestion> question)
    {
        question.ToTable("casus_questions").HasKey(q => q.Id);
        question.HasIndex(q => q.CasusId).HasDatabaseName("ix_casus_questions_casus_id");
        question.Property(q => q.Nonce).HasMaxLength(CardNonce.KeyLength);
        question.HasIndex(q => q.Nonce).IsUnique().HasDatabaseName("ix_casus_questions_nonce");
    }
}
