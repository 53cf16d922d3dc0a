import { Module } from '@nestjs/common';
import { MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';
import { MeetingEditorService } from './meeting-editor.service';
import { MeetingEditorResolver } from './meeting-editor.resolver';

@Module({
  providers: [MeetingsResolver, MeetingsService, MeetingEditorService, MeetingEditorResolver],
  exports: [MeetingsService, MeetingEditorService],
})
export class MeetingsModule {}
