using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace CasuistiekBot.Storage.Migrations;

/// <summary>Triage: the coordinators' channel, decisions on cases, and questions relayed to authors.</summary>
[DbContext(typeof(CasuistiekDbContext))]
[Migration("20261122130000_AddTriage")]
internal sealed class AddTriage : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "coordinator_channels",
            columns: table => new
            {
                conversation_id = table.Column<string>(nullable: false),
                channel_id = table.Column<string>(nullable: false),
                service_url = table.Column<string>(nullable: false),
                tenant_id = table.Column<string>(nullable: true),
                name = table.Column<string>(nullable: true),
                registered_by = table.Column<string>(nullable: false),
                registered_at = table.Instant(migrationBuilder, "registered_at"),
                active = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_coordinator_channels", c => c.conversation_id));

        migrationBuilder.CreateTable(
            name: "triage_decisions",
            columns: table => new
            {
                casus_id = table.Column<Guid>(nullable: false),
                decision = table.Column<string>(nullable: false),
                route = table.Column<string>(nullable: true),
                motivation = table.Column<string>(nullable: true),
                decided_by_name = table.Column<string>(nullable: false),
                decided_by_aad_object_id = table.Column<string>(nullable: false),
                decided_at = table.Instant(migrationBuilder, "decided_at"),
            },
            constraints: table => table.PrimaryKey("pk_triage_decisions", d => d.casus_id));

        migrationBuilder.CreateTable(
            name: "casus_questions",
            columns: table => new
            {
                id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                casus_id = table.Column<Guid>(nullable: false),
                asked_by_name = table.Column<string>(nullable: false),
                asked_by_aad_object_id = table.Column<string>(nullable: false),
                asked_at = table.Instant(migrationBuilder, "asked_at"),
                question = table.Column<string>(nullable: false),
                answer = table.Column<string>(nullable: true),
                answered_at = table.OptionalInstant(migrationBuilder, "answered_at"),
            },
            constraints: table => table.PrimaryKey("pk_casus_questions", q => q.id));
        migrationBuilder.CreateIndex(name: "ix_casus_questions_casus_id", table: "casus_questions", column: "casus_id");
    }
}
