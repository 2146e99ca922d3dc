using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CasuistiekBot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SessionMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "online_meeting_url",
                table: "panels",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "presenter_status",
                table: "panels",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "panel_meetings",
                columns: table => new
                {
                    panel_id = table.Column<Guid>(type: "uuid", nullable: false),
                    graph_meeting_id = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    leased_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    join_url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    gave_up_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_status = table.Column<int>(type: "integer", nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_panel_meetings", x => x.panel_id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "panel_meetings");

            migrationBuilder.DropColumn(
                name: "online_meeting_url",
                table: "panels");

            migrationBuilder.DropColumn(
                name: "presenter_status",
                table: "panels");
        }
    }
}
