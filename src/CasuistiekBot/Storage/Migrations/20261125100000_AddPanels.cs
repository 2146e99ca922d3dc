using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace CasuistiekBot.Storage.Migrations;

/// <summary>Panels for the Spreekuur and the people on them, with their invitations.</summary>
[DbContext(typeof(CasuistiekDbContext))]
[Migration("20261125100000_AddPanels")]
internal sealed class AddPanels : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "panels",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                casus_id = table.Column<Guid>(nullable: false),
                status = table.Column<string>(nullable: false),
                session_date = table.Column<DateOnly>(nullable: true),
                session_time = table.Column<TimeOnly>(nullable: true),
                place = table.Column<string>(nullable: true),
                created_at = table.Instant(migrationBuilder, "created_at"),
                updated_at = table.Instant(migrationBuilder, "updated_at"),
                invitations_sent_at = table.OptionalInstant(migrationBuilder, "invitations_sent_at"),
                invitations_sent_by = table.Column<string>(nullable: true),
                version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_panels", p => p.id));
        migrationBuilder.CreateIndex(name: "ix_panels_casus_id", table: "panels", column: "casus_id", unique: true);

        migrationBuilder.CreateTable(
            name: "panel_members",
            columns: table => new
            {
                id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                panel_id = table.Column<Guid>(nullable: false),
                aad_object_id = table.Column<string>(nullable: false),
                name = table.Column<string>(nullable: false),
                seat = table.Column<string>(nullable: false),
                status = table.Column<string>(nullable: false),
                reason = table.Column<string>(nullable: false),
                added_at = table.Instant(migrationBuilder, "added_at"),
                invited_at = table.OptionalInstant(migrationBuilder, "invited_at"),
                answered_at = table.OptionalInstant(migrationBuilder, "answered_at"),
                reminded_at = table.OptionalInstant(migrationBuilder, "reminded_at"),
                decline_reason = table.Column<string>(nullable: true),
                offer_aad_object_id = table.Column<string>(nullable: true),
                offer_name = table.Column<string>(nullable: true),
                offer_reason = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_panel_members", m => m.id));
        migrationBuilder.CreateIndex(name: "ix_panel_members_panel_id", table: "panel_members", column: "panel_id");
        migrationBuilder.CreateIndex(name: "ix_panel_members_aad_object_id", table: "panel_members", column: "aad_object_id");
    }
}
