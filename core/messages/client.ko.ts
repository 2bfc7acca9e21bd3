// Korean strings of the VS Code client: the same keys as client.en.ts (the type requires every one).
import type { clientEn } from './client.en';

export const clientKo: Record<keyof typeof clientEn, string> = {
  'client.apply.failed': '{file}에 가정(what-if) 설정을 적용하지 못했습니다.',
  'client.apply.notProducerConfig': '적용은 프로듀서 설정 줄을 씁니다. {file}은(는) 직접 고치세요.',
  'client.apply.previewGone': '시뮬레이터 미리 보기가 더 이상 그 파일을 보여 주지 않으므로 아무것도 바꾸지 않았습니다.',
  'client.preview.noConfig': '시뮬레이션하려면 프로듀서 설정 파일(Kafka Producer Config 언어)을 여세요.',
  'client.preview.title': '{file} 시뮬레이션',
  'client.preview.viewTitle': 'Kafka 시뮬레이터',
  'client.server.couldNotStart': 'Kafka Producer Config 언어 서버를 시작하지 못했습니다: {error}',
  'client.server.restart': '다시 시작',
  'client.server.stopped': 'Kafka Producer Config 언어 서버가 3분 동안 {count}번 멈춰서 더 이상 다시 시작하지 않습니다. 자세한 내용은 "Kafka Producer Config" 출력 창을 보세요.',
  'client.status.change': '변경',
  'client.status.changeTooltip': '이 폴더를 검사할 Kafka 버전 선택',
  'client.status.fromComment': '파일 안의 # kpc: 주석에서',
  'client.status.fromSettings': '설정에서',
  'client.status.latest': 'latest: 확장이 아는 최신 버전({version})',
  'client.status.name': 'Kafka 대상',
  'client.status.springBoot': 'Spring Boot {version}이(가) 관리하는 Kafka 클라이언트',
  'client.status.text': 'Kafka 버전: …',
  'client.version.auto': '프로젝트에서: .kpc.json, 없으면 빌드 파일(pom.xml, build.gradle, …), 없으면 최신',
  'client.version.current': '현재',
  'client.version.folder': '{folder} 폴더에 적용됩니다. 파일 안의 # kpc: kafka-version=… 주석이 여전히 우선합니다',
  'client.version.latest': '확장이 아는 최신 버전을 따름({version})',
  'client.version.title': '프로듀서 설정을 검사할 Kafka 버전',
  'client.version.unknown': '{version}은(는) 확장이 아는 Kafka 버전이 아닙니다.',
  'client.version.user': '사용자 설정에 적용됩니다',
};
