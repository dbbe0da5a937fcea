package dk.erhvervshus.reporting.view;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code courses} read model, for queries. Only the projection writes it (in batched SQL), so
 * the entity is immutable to Hibernate.
 */
@Entity
@Immutable
@Table(name = "courses")
public class CourseView extends PanacheEntityBase {

    @Id
    @Column(name = "course_id")
    public String courseId;

    public String house;

    public String cvr;

    @Column(name = "company_name")
    public String companyName;

    @Column(name = "municipality_code")
    public String municipalityCode;

    public String category;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] themes;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    public boolean retracted;

    @Column(name = "retraction_reason")
    public String retractionReason;

    @Column(name = "sustainability_wheel_used")
    public boolean sustainabilityWheelUsed;

    @Column(name = "enrolled_in_evaluation")
    public boolean enrolledInEvaluation;

    public String origin;

    @Column(name = "last_version")
    public long lastVersion;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Courses of the house started in the range and not retracted: the rows goals can count. */
    public static Uni<List<CourseView>> countableCourses(String house, LocalDate firstStart, LocalDate lastStart) {
        return list("house = ?1 and startedOn between ?2 and ?3 and retracted = false", house, firstStart, lastStart);
    }
}
