using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasuistiekBot.Triage;

internal sealed class TriageDecisionConfiguration : IEntityTypeConfiguration<TriageDecision>
{
    public void Configure(EntityTypeBuilder<TriageDecision> decision)
    {
        decision.ToTable("triage_decisions").HasKey(d => d.CasusId);
        decision.Property(d => d.CasusId).ValueGeneratedNever();
    }
}

internal sealed class CasusQuestionConfiguration : IEntityTypeConfiguration<CasusQuestion>
{
    public void Configure(EntityTypeBuilder<CasusQuestion> question)
    {
        question.ToTable("casus_questions").HasKey(q => q.Id);
        question.HasIndex(q => q.CasusId).HasDatabaseName("ix_casus_questions_casus_id");
    }
}
