/** Course images raise COURSE_NOT_FOUND (courses.errors.ts); this is their one field message. */
export const COURSE_IMAGES_MESSAGES = {
  imageFormat: {
    ja: '画像はJPEG・PNG・WebP形式（2MBまで）のファイルを選んでください。',
    en: 'Choose a JPEG, PNG or WebP image of at most 2 MB.',
  },
} as const;
