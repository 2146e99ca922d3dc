using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CasuistiekBot.Storage.Migrations;

/// <summary>Session outcomes (the shared view, one per casus) and their action points.</summary>
[DbContext(typeof(CasuistiekDbContext))]
[Migration("20261125110000_AddSessionOutcomes")]
internal sealed class AddSessionOutcomes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "session_outcomes",
            columns: table => new
            {
                casus_id = table.Column<Guid>(nullable: false),
                shared_view = table.Column<string>(nullable: false),
                recorded_by_name = table.Column<string>(nullable: false),
                recorded_by_aad_object_id = table.Column<string>(nullable: false),
                recorded_at = table.Instant(migrationBuilder, "recorded_at"),
            },
            constraints: table => table.PrimaryKey("pk_session_outcomes", o => o.casus_id));

        migrationBuilder.CreateTable(
            name: "action_points",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                casus_id = table.Column<Guid>(nullable: false),
                number = table.Column<int>(nullable: false),
                text = table.Column<string>(nullable: false),
                owner_aad_object_id = table.Column<string>(nullable: false),
                owner_name = table.Column<string>(nullable: false),
                due_date = table.Column<DateOnly>(nullable: false),
                status = table.Column<string>(nullable: false),
                created_at = table.Instant(migrationBuilder, "created_at"),
                done_at = table.OptionalInstant(migrationBuilder, "done_at"),
                version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_action_points", p => p.id));
        migrationBuilder.CreateIndex(name: "ix_action_points_casus_id_number", table: "action_points", columns: ["casus_id", "number"], unique: true);
        migrationBuilder.CreateIndex(name: "ix_action_points_owner_aad_object_id", table: "action_points", column: "owner_aad_object_id");
    }
}
