/**
 * How course `c`'s fee is paid, as PostgreSQL JSON (PaymentDto; null when the course is free).
 * In advance, the last day to pay is the Japan date of the first scheduled session less
 * payment_deadline_days. One definition for the course page, bookings and their mails.
 */
export const PAYMENT_JSON = `CASE WHEN c.fee_yen > 0 THEN json_build_object(
      'method', c.payment_method, 'deadlineDays', c.payment_deadline_days,
      'dueDate', CASE WHEN c.payment_method = 'in_advance' THEN to_char(
          ((SELECT min(s.starts_at) FROM course_sessions s
             WHERE s.course_id = c.id AND s.status = 'scheduled') AT TIME ZONE 'Asia/Tokyo')::date
            - c.payment_deadline_days, 'YYYY-MM-DD') END,
      'noteJa', c.payment_note_ja, 'noteEn', c.payment_note_en) END`;
